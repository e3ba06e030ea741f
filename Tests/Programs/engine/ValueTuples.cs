// ValueTuple (C# 7 tuples): construction, named elements, deconstruction into new and existing
// variables, swap via tuples, tuples returned from methods, tuples as dictionary keys (structural
// equality and hashing), nested tuples, tuple comparison via Equals/CompareTo, and copy semantics.
using System;
using System.Collections.Generic;
class ValueTuples {
    static (int min, int max) MinMax(int[] xs) { int lo = int.MaxValue, hi = int.MinValue; foreach (int x in xs) { if (x < lo) lo = x; if (x > hi) hi = x; } return (lo, hi); }
    static (string, (int, double)) Nested() { return ("n", (2, 3.5)); }
    static void Main() {
        var t = (1, "two", 3.0); Console.WriteLine("tuple: " + t + ", Item2: " + t.Item2);
        (int a, string b) named = (5, "five"); Console.WriteLine("named: " + named.a + " " + named.b + " " + named.Item1);
        var mm = MinMax(new[] { 4, -2, 9, 0 }); Console.WriteLine("MinMax: " + mm.min + " " + mm.max);
        (int lo, int hi) = MinMax(new[] { 7 }); Console.WriteLine("deconstructed: " + lo + " " + hi);
        int x = 1, y = 2; (x, y) = (y, x); Console.WriteLine("swap: " + x + " " + y);
        var n = Nested(); Console.WriteLine("nested: " + n.Item1 + " " + n.Item2.Item1 + " " + n.Item2.Item2 + " " + n);
        var d = new Dictionary<(int, string), int>(); d[(1, "a")] = 10; d[(1, "b")] = 20; d[(1, "a")] += 5;
        Console.WriteLine("tuple keys: " + d.Count + " " + d[(1, "a")] + " " + d.ContainsKey((1, "b")) + " " + d.ContainsKey((2, "a")));
        Console.WriteLine("Equals: " + (1, "a").Equals((1, "a")) + " " + (1, "a").Equals((1, "b")) + ", CompareTo: " + (1, 2).CompareTo((1, 3)) + " " + (2, 0).CompareTo((1, 9)));
        var c1 = (1, 2); var c2 = c1; c2.Item1 = 100; Console.WriteLine("copy semantics: " + c1.Item1 + " " + c2.Item1);
        var big = (1, 2, 3, 4, 5, 6, 7); Console.WriteLine("7-tuple: " + big.Item7 + " " + big);
        object boxed = (3, "x"); Console.WriteLine("boxed tuple type: " + boxed.GetType().Name + " " + boxed.Equals((3, "x")));
    }
}
