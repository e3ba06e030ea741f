// Generic collections in depth: SortedDictionary, LinkedList, Stack/Queue of structs, List of
// lists, Dictionary with a custom comparer, ToDictionary/GroupBy/Distinct/Zip from LINQ.
using System;
using System.Collections.Generic;
using System.Linq;
class CollectionsDeep {
    static void Main() {
        var sorted = new SortedDictionary<string, int> { ["pear"] = 3, ["apple"] = 1, ["fig"] = 2 };
        Console.WriteLine(string.Join(" ", sorted.Select(kv => kv.Key + ":" + kv.Value)));
        var linked = new LinkedList<int>(new[] { 1, 2, 3 }); linked.AddFirst(0); linked.AddLast(4); linked.Remove(2);
        Console.WriteLine(string.Join(",", linked) + " first " + linked.First.Value + " last " + linked.Last.Value);
        var grid = new List<List<int>>(); for (int i = 0; i < 3; i++) { grid.Add(new List<int>()); for (int j = 0; j <= i; j++) grid[i].Add(i * j); }
        Console.WriteLine(string.Join(" | ", grid.Select(r => string.Join(",", r))));
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Key"] = 1 }; ci["KEY"] = 2; Console.WriteLine(ci.Count + " " + ci["key"]);
        var words = new[] { "apple", "avocado", "banana", "blueberry", "cherry", "apple" };
        foreach (var g in words.Distinct().GroupBy(w => w[0])) Console.WriteLine(g.Key + ": " + string.Join(",", g));
        var lengths = words.Distinct().ToDictionary(w => w, w => w.Length); Console.WriteLine(lengths["banana"] + " " + lengths.Count);
        Console.WriteLine(string.Join(" ", new[] { 1, 2, 3 }.Zip(new[] { "a", "b", "c" }, (n, s) => s + n)));
        var stack = new Stack<KeyValuePair<int, string>>(); stack.Push(new KeyValuePair<int, string>(1, "one")); stack.Push(new KeyValuePair<int, string>(2, "two"));
        Console.WriteLine(stack.Peek().Value + " " + stack.Count + " " + words.Skip(2).Take(2).Last() + " " + words.Any(w => w.StartsWith("c")) + " " + words.Count(w => w.Contains("an")));
    }
}
