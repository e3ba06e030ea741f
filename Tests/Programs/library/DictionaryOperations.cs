// Dictionary<K,V>: add/indexer/TryGetValue/ContainsKey/ContainsValue/Remove, KeyNotFound, Keys/Values, iteration in insertion order, custom comparer, word counting.
using System;
using System.Collections.Generic;
using System.Linq;
class DictionaryOperations {
    static void Main() {
        var d = new Dictionary<string, int>();
        d.Add("one", 1); d["two"] = 2; d["three"] = 3;
        Console.WriteLine(d.Count + " " + d["two"]);
        d["two"] = 22;
        Console.WriteLine(d["two"]);
        try { d.Add("one", 11); } catch (ArgumentException e) { Console.WriteLine("ArgumentException " + e.GetType().Name); }
        try { var x = d["four"]; } catch (KeyNotFoundException e) { Console.WriteLine("KeyNotFound " + e.GetType().Name); }
        Console.WriteLine(d.TryGetValue("three", out int v) + " " + v);
        Console.WriteLine(d.TryGetValue("zzz", out v) + " " + v);
        Console.WriteLine(d.ContainsKey("one") + " " + d.ContainsKey("ONE") + " " + d.ContainsValue(22) + " " + d.ContainsValue(2));
        foreach (KeyValuePair<string, int> kv in d) Console.WriteLine(kv.Key + "=" + kv.Value);
        foreach (var kv in d) Console.Write(kv + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", d.Keys) + " | " + string.Join(",", d.Values));
        Console.WriteLine(d.Remove("one") + " " + d.Remove("one") + " " + d.Count);
        d.Clear();
        Console.WriteLine(d.Count);
        var counts = new Dictionary<string, int>();
        foreach (var w in "the cat and the dog and the bird".Split(' ')) {
            counts.TryGetValue(w, out int c);
            counts[w] = c + 1;
        }
        foreach (var kv in counts.OrderByDescending(k => k.Value).ThenBy(k => k.Key)) Console.WriteLine(kv.Key + ": " + kv.Value);
        var byInt = new Dictionary<int, string>();
        for (int i = 0; i < 1000; i++) byInt[i * 31] = "v" + i;
        Console.WriteLine(byInt.Count + " " + byInt[31 * 500] + " " + byInt.ContainsKey(32));
        for (int i = 0; i < 1000; i += 2) byInt.Remove(i * 31);
        Console.WriteLine(byInt.Count + " " + byInt.ContainsKey(0) + " " + byInt.ContainsKey(31));
        var ci = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { { "Hello", "world" } };
        Console.WriteLine(ci["HELLO"] + " " + ci.Comparer.Equals("a", "A"));
        var init = new Dictionary<char, int> { ['a'] = 1, ['b'] = 2 };
        Console.WriteLine(init['a'] + init['b']);
        var lists = new Dictionary<string, List<int>>();
        foreach (var pair in new[] { ("even", 2), ("odd", 1), ("even", 4), ("odd", 3), ("even", 6) }) {
            var k = pair.Item1; var n = pair.Item2;
            if (!lists.TryGetValue(k, out var lst)) { lst = new List<int>(); lists[k] = lst; }
            lst.Add(n);
        }
        foreach (var kv in lists) Console.WriteLine(kv.Key + " -> " + string.Join(",", kv.Value));
        var copy = new Dictionary<string, List<int>>(lists);
        Console.WriteLine(copy.Count + " " + ReferenceEquals(copy["odd"], lists["odd"]));
        var enumKeys = new Dictionary<DayOfWeek, int> { { DayOfWeek.Monday, 1 }, { DayOfWeek.Friday, 5 } };
        Console.WriteLine(enumKeys[DayOfWeek.Friday] + " " + enumKeys.ContainsKey(DayOfWeek.Sunday));
        IDictionary<string, int> id = new Dictionary<string, int> { { "x", 1 } };
        Console.WriteLine(id.Keys.Count + " " + id.Contains(new KeyValuePair<string, int>("x", 1)));
        var keysSnapshot = new List<int>(byInt.Keys).Take(3);
        Console.WriteLine(string.Join(",", keysSnapshot));
        var dd = d.ToDictionary(k => k.Key, k => k.Value);
        Console.WriteLine(dd.Count);
        Console.WriteLine(new Dictionary<int, int>().GetEnumerator().MoveNext());
        try { d[null] = 1; } catch (ArgumentNullException e) { Console.WriteLine("ArgumentNullException " + e.ParamName); }
        var tupleKeys = new Dictionary<(int, int), string> { [(1, 2)] = "a", [(2, 1)] = "b" };
        Console.WriteLine(tupleKeys[(2, 1)] + " " + tupleKeys.ContainsKey((1, 1)));
    }
}
