// Formatting (string.Format, double.ToString with a format), Math functions, iterators, closures and
// LINQ from System.Core on Ilex.
using System;
using System.Linq;
using System.Collections.Generic;
class Linq {
    static IEnumerable<int> Evens(int n) { for (int i = 0; i < n; i += 2) yield return i; }
    static void Main() {
        Console.WriteLine(string.Format("{0} + {1} = {2}", 2, 3, 2 + 3));
        Console.WriteLine(Math.Sqrt(2.0));
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Floor(2.7) + " " + Math.Abs(-3.5));
        Console.WriteLine(3.14159.ToString("F2"));
        Console.WriteLine(1.0 / 3);
        Console.WriteLine(string.Join(",", Evens(10)));
        int k = 3;
        Func<int, int> add = x => x + k;
        Console.WriteLine(add(4));
        var q = new[] { 5, 3, 8, 1 }.Where(x => x > 2).OrderBy(x => x).Select(x => x * 10).ToList();
        Console.WriteLine(string.Join(" ", q));
        Console.WriteLine(Enumerable.Range(1, 10).Sum() + " " + Enumerable.Range(1, 5).Aggregate(1, (a, b) => a * b));
    }
}
