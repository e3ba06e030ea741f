// Nullable<T>: HasValue/Value/GetValueOrDefault, lifted operators and comparisons, ?? and ?. operators, boxing null, Nullable.Compare/Equals, GetUnderlyingType, nullable in collections and LINQ.
using System;
using System.Collections.Generic;
using System.Linq;
class Item { public string Name; public Item Next; public int? Qty; }
class NullableTypes {
    static int? Parse(string s) { int v; return int.TryParse(s, out v) ? v : (int?)null; }
    static void Main() {
        int? a = 5, b = null;
        Console.WriteLine(a.HasValue + " " + b.HasValue + " " + a.Value + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(-1));
        try { var x = b.Value; } catch (InvalidOperationException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine((a + 1) + " [" + (a + b) + "] " + (a * 2) + " " + ((a + b) == null));
        Console.WriteLine((a > 3) + " " + (b > 3) + " " + (b < 3) + " " + (b == null) + " " + (a == 5) + " " + (b != 5));
        Console.WriteLine((b ?? 42) + " " + (a ?? 42) + " " + (b ?? a ?? 0));
        bool? t = true, f = false, n = null;
        Console.WriteLine((t & n) + "|" + (f & n) + "|" + (t | n) + "|" + (f | n) + "|" + (n ^ t));
        Console.WriteLine(string.Join(",", new[] { "1", "x", "3" }.Select(Parse).Select(v => v.HasValue ? v.ToString() : "null")));
        object boxedNull = b;
        object boxedVal = a;
        Console.WriteLine((boxedNull == null) + " " + boxedVal.GetType().Name + " " + (boxedVal is int?) + " " + ((int?)boxedVal));
        int? fromBox = (int?)boxedNull;
        Console.WriteLine(fromBox.HasValue);
        Console.WriteLine(Nullable.Compare(a, b) + " " + Nullable.Compare(b, b) + " " + Nullable.Equals(a, 5));
        var item = new Item { Name = "first", Next = new Item { Name = "second", Qty = 3 } };
        Console.WriteLine(item.Next?.Name + " " + (item.Next?.Next?.Name ?? "none") + " " + item.Next?.Qty + " " + (item.Qty ?? 0));
        Item nothing = null;
        Console.WriteLine((nothing?.Name == null) + " " + (nothing?.Qty).HasValue);
        int[] arr = null;
        Console.WriteLine(arr?.Length ?? -1);
        Console.WriteLine(arr?[0] ?? -2);
        var list = new List<int?> { 3, null, 1, null, 2 };
        Console.WriteLine(list.Count(x => x.HasValue) + " " + list.Sum() + " " + list.Max() + " " + list.Min() + " " + list.Average());
        Console.WriteLine(string.Join(",", list.OrderBy(x => x).Select(x => x?.ToString() ?? "_")));
        double? d = 2.5;
        Console.WriteLine(d.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (d * null).HasValue);
        DateTime? when = null;
        Console.WriteLine(when.HasValue + " " + (when ?? new DateTime(2000, 1, 1)).Year);
        int? ii = 10; ii++; ii += 5;
        Console.WriteLine(ii);
        int? nn = null; nn++;
        Console.WriteLine(nn.HasValue);
        Console.WriteLine(a.Equals(5) + " " + b.Equals(null) + " " + a.GetHashCode() + " " + b.GetHashCode() + " [" + b.ToString() + "]");
        string s = null;
        Console.WriteLine((s?.Length ?? 0) + " " + (s ?? "default"));
        var dict = new Dictionary<string, int?> { { "x", null } };
        Console.WriteLine(dict["x"].HasValue + " " + dict.ContainsKey("x"));
        Console.WriteLine(typeof(int?).Name + " " + typeof(int?).IsValueType);
        Console.WriteLine(Nullable.GetUnderlyingType(typeof(int?)).Name + " " + (Nullable.GetUnderlyingType(typeof(int)) == null));
    }
}
