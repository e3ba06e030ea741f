// Classic algorithms: sieve of Eratosthenes, quicksort on an int array, binary search, GCD,
// string reversal and palindromes, Fibonacci with memoization in a dictionary.
using System;
using System.Collections.Generic;
class Algorithms {
    static void QuickSort(int[] a, int lo, int hi) { if (lo >= hi) return; int p = a[(lo + hi) / 2], i = lo, j = hi; while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } } QuickSort(a, lo, j); QuickSort(a, i, hi); }
    static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
    static Dictionary<int, long> memo = new Dictionary<int, long>();
    static long Fib(int n) { if (n < 2) return n; if (memo.TryGetValue(n, out long v)) return v; return memo[n] = Fib(n - 1) + Fib(n - 2); }
    static bool IsPalindrome(string s) { for (int i = 0, j = s.Length - 1; i < j; i++, j--) if (s[i] != s[j]) return false; return true; }
    static void Main() {
        var sieve = new bool[100]; var primes = new List<int>();
        for (int i = 2; i < 100; i++) { if (sieve[i]) continue; primes.Add(i); for (int j = i * i; j < 100; j += i) sieve[j] = true; }
        Console.WriteLine(primes.Count + ": " + string.Join(" ", primes));
        var rng = new Random(42); var data = new int[20]; for (int i = 0; i < data.Length; i++) data[i] = rng.Next(1000);
        QuickSort(data, 0, data.Length - 1); Console.WriteLine(string.Join(",", data));
        Console.WriteLine(Array.BinarySearch(data, data[7]) + " " + Gcd(1071, 462) + " " + Fib(80));
        foreach (var w in new[] { "level", "ilex", "racecar", "mono" }) Console.Write(w + "=" + IsPalindrome(w) + " ");
        Console.WriteLine();
    }
}
