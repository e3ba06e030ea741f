// HashSet<T>: Add/Remove/Contains, set algebra (UnionWith, IntersectWith, ExceptWith, SymmetricExceptWith), subset tests, custom IEqualityComparer.
using System;
using System.Collections.Generic;
using System.Linq;
class CaseInsensitive : IEqualityComparer<string> {
    public bool Equals(string a, string b) { return string.Equals(a, b, StringComparison.OrdinalIgnoreCase); }
    public int GetHashCode(string s) { return s.ToUpperInvariant().Length; }
}
class HashSetOperations {
    static string S(IEnumerable<int> e) { return "{" + string.Join(",", e.OrderBy(x => x)) + "}"; }
    static void Main() {
        var a = new HashSet<int> { 1, 2, 3, 4, 5 };
        var b = new HashSet<int>(new[] { 4, 5, 6, 7 });
        Console.WriteLine(a.Add(3) + " " + a.Add(6) + " " + a.Count);
        Console.WriteLine(a.Remove(6) + " " + a.Remove(60) + " " + a.Count);
        Console.WriteLine(a.Contains(1) + " " + a.Contains(10));
        var u = new HashSet<int>(a); u.UnionWith(b); Console.WriteLine("union " + S(u));
        var i = new HashSet<int>(a); i.IntersectWith(b); Console.WriteLine("intersect " + S(i));
        var e = new HashSet<int>(a); e.ExceptWith(b); Console.WriteLine("except " + S(e));
        var x = new HashSet<int>(a); x.SymmetricExceptWith(b); Console.WriteLine("symexcept " + S(x));
        Console.WriteLine(i.IsSubsetOf(a) + " " + a.IsSupersetOf(i) + " " + i.IsProperSubsetOf(a) + " " + a.IsProperSubsetOf(a));
        Console.WriteLine(a.Overlaps(b) + " " + a.Overlaps(new[] { 100 }) + " " + a.SetEquals(new[] { 5, 4, 3, 2, 1, 1 }));
        Console.WriteLine(a.RemoveWhere(n => n % 2 == 0) + " " + S(a));
        var words = new HashSet<string>(new CaseInsensitive()) { "Apple", "APPLE", "apple", "Banana" };
        Console.WriteLine(words.Count + " " + words.Contains("BANANA"));
        var seen = new HashSet<char>();
        var dups = new List<char>();
        foreach (char c in "programming") if (!seen.Add(c)) dups.Add(c);
        Console.WriteLine(new string(dups.ToArray()));
        var big = new HashSet<int>();
        for (int k = 0; k < 5000; k++) big.Add(k * k % 1000);
        Console.WriteLine(big.Count);
        int[] arr = new int[3];
        new HashSet<int> { 9 }.CopyTo(arr, 1);
        Console.WriteLine(string.Join(",", arr));
        var strs = new HashSet<string> { "x", null };
        Console.WriteLine(strs.Contains(null) + " " + strs.Count);
        ISet<int> iset = new SortedSet<int> { 3, 1, 2 };
        Console.WriteLine(iset.Add(2) + " " + string.Join(",", iset));
        a.Clear();
        Console.WriteLine(a.Count + " " + S(a));
        Console.WriteLine(new HashSet<int>(Enumerable.Range(0, 100)).Sum());
        var tuples = new HashSet<(int, string)> { (1, "a"), (1, "a"), (2, "a") };
        Console.WriteLine(tuples.Count);
    }
}
