// System.Array: Sort (with keys, ranges, comparers), BinarySearch, Reverse, IndexOf, Copy, Resize, Fill-like loops, Clear, Exists/Find/TrueForAll, ConvertAll, Clone.
using System;
using System.Collections.Generic;
class ArrayOperations {
    static string S<T>(T[] a) { return "[" + string.Join(",", a) + "]"; }
    static void Main() {
        int[] a = { 9, 4, 7, 1, 8, 2 };
        Array.Sort(a);
        Console.WriteLine(S(a));
        Console.WriteLine(Array.BinarySearch(a, 7) + " " + Array.BinarySearch(a, 5) + " " + Array.BinarySearch(a, 100));
        Array.Reverse(a);
        Console.WriteLine(S(a));
        Array.Reverse(a, 1, 3);
        Console.WriteLine(S(a));
        Console.WriteLine(Array.IndexOf(a, 7) + " " + Array.IndexOf(a, 42) + " " + Array.LastIndexOf(new[] { 1, 2, 1 }, 1) + " " + Array.IndexOf(a, 1, 2));
        int[] b = new int[10];
        Array.Copy(a, b, a.Length);
        Console.WriteLine(S(b));
        Array.Copy(a, 1, b, 6, 3);
        Console.WriteLine(S(b));
        Array.Copy(b, 0, b, 2, 5);
        Console.WriteLine(S(b));
        Array.Resize(ref a, 8);
        Console.WriteLine(S(a) + " " + a.Length);
        Array.Resize(ref a, 3);
        Console.WriteLine(S(a));
        Array.Clear(b, 2, 3);
        Console.WriteLine(S(b));
        string[] names = { "delta", "alpha", "charlie", "bravo" };
        int[] keys = { 4, 1, 3, 2 };
        Array.Sort(keys, names);
        Console.WriteLine(S(keys) + " " + S(names));
        Array.Sort(names, StringComparer.Ordinal);
        Array.Sort(names, (x, y) => y.CompareTo(x));
        Console.WriteLine(S(names));
        int[] part = { 5, 4, 3, 2, 1, 0 };
        Array.Sort(part, 1, 4);
        Console.WriteLine(S(part));
        Console.WriteLine(Array.Exists(part, x => x > 4) + " " + Array.TrueForAll(part, x => x >= 0) + " " + Array.Find(part, x => x % 2 == 1) + " " + Array.FindIndex(part, x => x == 3) + " " + Array.FindLast(part, x => x < 3));
        Console.WriteLine(S(Array.FindAll(part, x => x % 2 == 0)));
        Console.WriteLine(S(Array.ConvertAll(part, x => x * 1.5)));
        int[] c = (int[])part.Clone();
        c[0] = 99;
        Console.WriteLine(part[0] + " " + c[0]);
        Console.WriteLine(a.Rank + " " + a.GetLength(0) + " " + a.GetUpperBound(0) + " " + a.GetLowerBound(0));
        object[] objs = new string[] { "co", "variant" };
        Console.WriteLine(objs.GetType().Name + " " + objs[1]);
        try { objs[0] = 1; } catch (ArrayTypeMismatchException e) { Console.WriteLine(e.GetType().Name); }
        try { int[] z = new int[2]; z[2] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        int[] empty = Array.Empty<int>();
        Console.WriteLine(empty.Length + " " + ReferenceEquals(empty, Array.Empty<int>()));
        double[] ds = { 3.5, -1, double.NaN, 0, double.NegativeInfinity };
        Array.Sort(ds);
        Console.WriteLine(S(ds));
        var pts = new KeyValuePair<int, string>[] { new KeyValuePair<int, string>(2, "b"), new KeyValuePair<int, string>(1, "a") };
        Array.Sort(pts, (p, q) => p.Key.CompareTo(q.Key));
        Console.WriteLine(pts[0].Value + pts[1].Value);
        char[] chars = "sorting".ToCharArray();
        Array.Sort(chars);
        Console.WriteLine(new string(chars));
        int[] big = new int[1000];
        for (int i = 0; i < big.Length; i++) big[i] = (i * 7919) % 1000;
        Array.Sort(big);
        bool sorted = true; for (int i = 1; i < big.Length; i++) if (big[i - 1] > big[i]) sorted = false;
        Console.WriteLine(sorted + " " + big[0] + " " + big[999]);
        long[] longs = { 3L, 1L, 2L };
        Array.Sort(longs);
        Console.WriteLine(S(longs));
        int[] filled = new int[5];
        Array.Fill(filled, 7);
        Console.WriteLine(S(filled));
        Console.WriteLine(((IList<int>)a).Contains(1) + " " + ((ICollection<int>)a).Count);
        foreach (var x in (System.Collections.IEnumerable)new[] { "e1", "e2" }) Console.Write(x + " ");
        Console.WriteLine();
        byte[] bytes = { 1, 2, 3 };
        Console.WriteLine(S(bytes) + " " + Array.IndexOf(bytes, (byte)3));
        Array arr = Array.CreateInstance(typeof(int), 4);
        arr.SetValue(5, 2);
        Console.WriteLine(arr.GetValue(2) + " " + arr.Length + " " + arr.GetType().Name);
    }
}
