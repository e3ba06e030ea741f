// Sorting with IComparable<T>, IComparer<T>, Comparison<T>, Comparer<T>.Create, multi-key sort, stable LINQ sort vs List.Sort, non-generic IComparable.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
class Version2 : IComparable<Version2>, IComparable {
    public int Major, Minor;
    public Version2(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version2 o) { int c = Major.CompareTo(o.Major); return c != 0 ? c : Minor.CompareTo(o.Minor); }
    public int CompareTo(object o) { return CompareTo((Version2)o); }
    public override string ToString() { return Major + "." + Minor; }
}
class ByLengthThenAlpha : IComparer<string> {
    public int Compare(string x, string y) { int c = x.Length.CompareTo(y.Length); return c != 0 ? c : string.CompareOrdinal(x, y); }
}
class ReverseNonGeneric : IComparer { public int Compare(object x, object y) { return ((IComparable)y).CompareTo(x); } }
struct Card : IComparable<Card> {
    public int Rank; public char Suit;
    public int CompareTo(Card o) { return Rank != o.Rank ? Rank - o.Rank : Suit.CompareTo(o.Suit); }
    public override string ToString() { return Rank.ToString() + Suit; }
}
class SortingComparers {
    static void Main() {
        var vs = new List<Version2> { new Version2(1, 10), new Version2(1, 2), new Version2(0, 9), new Version2(2, 0), new Version2(1, 2) };
        vs.Sort();
        Console.WriteLine(string.Join(" ", vs));
        Console.WriteLine(vs.Max() + " " + vs.Min());
        var arr = vs.ToArray(); Array.Sort(arr, (a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(" ", (IEnumerable<Version2>)arr));
        var words = new List<string> { "pear", "fig", "banana", "kiwi", "apple", "date" };
        words.Sort(new ByLengthThenAlpha());
        Console.WriteLine(string.Join(" ", words));
        words.Sort(Comparer<string>.Create((a, b) => b[b.Length - 1].CompareTo(a[a.Length - 1])));
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w[w.Length - 1]).ThenBy(w => w)));
        Comparison<string> cmp = (a, b) => string.Compare(a, b, StringComparison.Ordinal);
        words.Sort(cmp);
        Console.WriteLine(string.Join(" ", words));
        var al = new ArrayList { 5, 3, 9, 1 };
        al.Sort();
        Console.WriteLine(string.Join(",", al.ToArray()));
        al.Sort(new ReverseNonGeneric());
        Console.WriteLine(string.Join(",", al.ToArray()));
        var cards = new[] { new Card { Rank = 10, Suit = 'H' }, new Card { Rank = 2, Suit = 'S' }, new Card { Rank = 10, Suit = 'C' }, new Card { Rank = 14, Suit = 'D' } };
        Array.Sort(cards);
        Console.WriteLine(string.Join(" ", cards));
        Console.WriteLine(Comparer<int>.Default.Compare(1, 2) + " " + Comparer<string>.Default.Compare("b", "a") + " " + Comparer<Version2>.Default.Compare(vs[0], vs[1]));
        var recs = new[] { ("b", 2), ("a", 2), ("c", 1), ("a", 1) };
        Console.WriteLine(string.Join(" ", recs.OrderBy(r => r.Item2).ThenBy(r => r.Item1).Select(r => r.Item1 + r.Item2)));
        var byKey = new[] { "x3", "y1", "z2", "w1" };
        Console.WriteLine(string.Join(" ", byKey.OrderBy(s => s[1])));
        var sl = new SortedList<Version2, string>();
        sl.Add(new Version2(3, 1), "c"); sl.Add(new Version2(1, 1), "a");
        Console.WriteLine(string.Join(",", sl.Values));
        var nums = new List<int> { 5, -3, 2, -8, 0 };
        nums.Sort((a, b) => Math.Abs(a).CompareTo(Math.Abs(b)));
        Console.WriteLine(string.Join(",", nums));
        int[] idx = { 0, 1, 2, 3, 4 };
        int[] data = { 50, 10, 40, 20, 30 };
        Array.Sort(idx, (i, j) => data[i].CompareTo(data[j]));
        Console.WriteLine(string.Join(",", idx));
        Console.WriteLine(string.Join(",", new[] { 2.5, -1.0, 0.0 }.OrderByDescending(d => d)));
        var nullable = new List<int?> { 3, null, 1 };
        nullable.Sort();
        Console.WriteLine(string.Join(",", nullable.Select(n => n.HasValue ? n.ToString() : "null")));
        var strs = new[] { "b", null, "a" };
        Array.Sort(strs);
        Console.WriteLine(string.Join(",", strs.Select(s => s ?? "null")));
        try { var bad = new List<object> { new object(), new object() }; bad.Sort(); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + (e.InnerException != null ? e.InnerException.GetType().Name : "none")); }
    }
}
