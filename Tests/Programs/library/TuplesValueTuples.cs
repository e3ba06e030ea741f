// System.Tuple and ValueTuple: Create, Item1..Item7/Rest, named elements, deconstruction, tuple equality, ToString, tuples as return values and in LINQ, CompareTo.
using System;
using System.Collections.Generic;
using System.Linq;
class TuplesValueTuples {
    static (int min, int max, double avg) Stats(int[] xs) { return (xs.Min(), xs.Max(), xs.Average()); }
    static Tuple<string, int> Old() { return Tuple.Create("old", 1); }
    static (string, int) Swap((int, string) t) { return (t.Item2, t.Item1); }
    static void Main() {
        var t = Tuple.Create(1, "two", 3.0);
        Console.WriteLine(t + " " + t.Item1 + " " + t.Item2 + " " + t.Item3);
        var t8 = Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8);
        Console.WriteLine(t8 + " " + t8.Rest.Item1);
        Console.WriteLine(Tuple.Create(1, "a").Equals(Tuple.Create(1, "a")) + " " + (Tuple.Create(1, "a") == Tuple.Create(1, "a")));
        Console.WriteLine(Old().Item1 + Old().Item2);
        var vt = (1, "two");
        Console.WriteLine(vt + " " + vt.Item1 + " " + vt.Item2);
        var named = (Name: "Ann", Age: 30);
        Console.WriteLine(named.Name + " " + named.Age + " " + named);
        var s = Stats(new[] { 4, 8, 15, 16, 23, 42 });
        Console.WriteLine(s.min + " " + s.max + " " + s.avg);
        var (mn, mx, av) = Stats(new[] { 1, 2, 3 });
        Console.WriteLine(mn + " " + mx + " " + av);
        (int x, int y) = (10, 20);
        (x, y) = (y, x);
        Console.WriteLine(x + " " + y);
        Console.WriteLine(Swap((5, "five")));
        Console.WriteLine((1, 2).Equals((1, 2)) + " " + (1, 2).Equals((2, 1)) + " " + (1, "a").Equals((1, "a")));
        var pairs = new List<(string word, int len)>();
        foreach (var w in "a bb ccc dd".Split(' ')) pairs.Add((w, w.Length));
        Console.WriteLine(string.Join(" ", pairs.Where(p => p.len == 2).Select(p => p.word)));
        Console.WriteLine(string.Join(" ", pairs.OrderByDescending(p => p.len).ThenBy(p => p.word)));
        var nested = (1, (2, 3), "x");
        Console.WriteLine(nested + " " + nested.Item2.Item2);
        var seven = (1, 2, 3, 4, 5, 6, 7);
        Console.WriteLine(seven + " " + seven.Item7);
        ValueTuple<int, int> vt2 = ValueTuple.Create(3, 4);
        Console.WriteLine(vt2.Item1 * vt2.Item2);
        Console.WriteLine((1, 2).CompareTo((1, 3)) + " " + ((IComparable)Tuple.Create(2, "b")).CompareTo(Tuple.Create(1, "z")));
        var tupleToVt = Tuple.Create(7, "seven").ToValueTuple();
        Console.WriteLine(tupleToVt.Item2);
        var single = ValueTuple.Create(1);
        Console.WriteLine(single + " " + new ValueTuple());
        var mutable = (a: 1, b: 2);
        mutable.a = 100;
        Console.WriteLine(mutable.a + mutable.b);
        var arr = new[] { (1, 'a'), (2, 'b') };
        Console.WriteLine(arr[1].Item2);
        Console.WriteLine(typeof((int, string)).Name + " " + Tuple.Create(1).GetType().Name);
    }
}
