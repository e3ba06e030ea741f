// SortedDictionary, SortedList, SortedSet: ordering, custom comparers, Min/Max, GetViewBetween, IndexOfKey, Keys/Values, Reverse.
using System;
using System.Collections.Generic;
using System.Linq;
class Desc : IComparer<int> { public int Compare(int a, int b) { return b.CompareTo(a); } }
class SortedCollections {
    static void Main() {
        var sd = new SortedDictionary<string, int> { { "pear", 3 }, { "apple", 1 }, { "fig", 7 }, { "banana", 2 } };
        foreach (var kv in sd) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        sd["cherry"] = 5; sd.Remove("fig");
        Console.WriteLine(string.Join(",", sd.Keys) + " | " + string.Join(",", sd.Values));
        Console.WriteLine(sd.ContainsKey("cherry") + " " + sd.TryGetValue("fig", out int fv) + " " + fv + " " + sd.Count);
        var sdDesc = new SortedDictionary<int, string>(new Desc()) { { 1, "one" }, { 3, "three" }, { 2, "two" } };
        Console.WriteLine(string.Join(",", sdDesc.Values));
        var sl = new SortedList<int, string>();
        sl.Add(30, "c"); sl.Add(10, "a"); sl.Add(20, "b"); sl[5] = "z";
        Console.WriteLine(string.Join(",", sl.Keys) + " | " + string.Join(",", sl.Values));
        Console.WriteLine(sl.IndexOfKey(20) + " " + sl.IndexOfKey(25) + " " + sl.IndexOfValue("c") + " " + sl.Keys[0] + " " + sl.Values[3]);
        sl.RemoveAt(0);
        Console.WriteLine(sl.Count + " " + sl.Keys[0] + " " + sl.Capacity.GetType().Name);
        try { sl.Add(10, "dup"); } catch (ArgumentException e) { Console.WriteLine("dup " + e.GetType().Name); }
        var ss = new SortedSet<int> { 5, 1, 9, 3, 7, 3, 1 };
        Console.WriteLine(string.Join(",", ss) + " count=" + ss.Count + " min=" + ss.Min + " max=" + ss.Max);
        Console.WriteLine(string.Join(",", ss.GetViewBetween(2, 7)));
        Console.WriteLine(string.Join(",", ss.Reverse()));
        ss.UnionWith(new[] { 2, 4 }); Console.WriteLine(string.Join(",", ss));
        ss.IntersectWith(new[] { 1, 2, 3, 4, 100 }); Console.WriteLine(string.Join(",", ss));
        Console.WriteLine(ss.Remove(2) + " " + ss.Contains(2) + " " + ss.RemoveWhere(x => x > 3) + " " + string.Join(",", ss));
        var words = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "b", "A", "a", "C" };
        Console.WriteLine(string.Join(",", words));
        var byLen = new SortedSet<string>(Comparer<string>.Create((x, y) => x.Length != y.Length ? x.Length - y.Length : string.CompareOrdinal(x, y))) { "ccc", "a", "bb", "aa", "b" };
        Console.WriteLine(string.Join(",", byLen));
        var events = new SortedList<DateTime, string>();
        events.Add(new DateTime(2020, 5, 1), "May"); events.Add(new DateTime(2020, 1, 1), "Jan"); events.Add(new DateTime(2020, 3, 1), "Mar");
        Console.WriteLine(string.Join(",", events.Values));
        var big = new SortedDictionary<int, int>();
        for (int i = 0; i < 2000; i++) big[(i * 7919) % 2003] = i;
        Console.WriteLine(big.Count + " " + big.Keys.First() + " " + big.Keys.Last() + " " + big[1000]);
        var sset = new SortedSet<int>(Enumerable.Range(0, 1000).Select(i => i * 37 % 1000));
        Console.WriteLine(sset.Count + " " + sset.Min + " " + sset.Max + " " + sset.GetViewBetween(100, 199).Count);
        var sd2 = new SortedDictionary<string, List<string>>();
        foreach (var w in "delta alpha charlie bravo alpha echo delta".Split(' ')) {
            var k = w.Substring(0, 1);
            if (!sd2.ContainsKey(k)) sd2[k] = new List<string>();
            sd2[k].Add(w);
        }
        foreach (var kv in sd2) Console.WriteLine(kv.Key + ": " + string.Join(" ", kv.Value));
    }
}
