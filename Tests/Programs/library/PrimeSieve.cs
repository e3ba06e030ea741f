// Realistic: sieve of Eratosthenes with statistics: prime counts per range, twin primes, gaps, Goldbach decompositions, prime factorization, BitArray-based sieve, digit sums.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
class PrimeSieve {
    static bool[] Sieve(int n) { var comp = new bool[n + 1]; comp[0] = comp[1] = true; for (int i = 2; (long)i * i <= n; i++) if (!comp[i]) for (int j = i * i; j <= n; j += i) comp[j] = true; return comp; }
    static List<KeyValuePair<long, int>> Factor(long n) { var f = new List<KeyValuePair<long, int>>(); for (long p = 2; p * p <= n; p++) { int e = 0; while (n % p == 0) { n /= p; e++; } if (e > 0) f.Add(new KeyValuePair<long, int>(p, e)); } if (n > 1) f.Add(new KeyValuePair<long, int>(n, 1)); return f; }
    static void Main() {
        const int N = 100000;
        var comp = Sieve(N);
        var primes = Enumerable.Range(0, N + 1).Where(i => !comp[i]).ToList();
        Console.WriteLine("primes <= " + N + ": " + primes.Count);
        Console.WriteLine("first 20: " + string.Join(" ", primes.Take(20)));
        Console.WriteLine("last 5: " + string.Join(" ", primes.Skip(primes.Count - 5)));
        foreach (var lim in new[] { 10, 100, 1000, 10000, 100000 }) Console.WriteLine("pi(" + lim + ") = " + primes.Count(p => p <= lim));
        for (int block = 0; block < 5; block++) Console.WriteLine("[" + block * 20000 + "," + (block + 1) * 20000 + "): " + primes.Count(p => p >= block * 20000 && p < (block + 1) * 20000));
        var twins = primes.Zip(primes.Skip(1), (a, b) => new { a, b }).Where(t => t.b - t.a == 2).ToList();
        Console.WriteLine("twin pairs: " + twins.Count + ", last " + twins.Last().a + "," + twins.Last().b);
        var gaps = primes.Zip(primes.Skip(1), (a, b) => new { a, g = b - a }).ToList();
        var maxGap = gaps.OrderByDescending(x => x.g).ThenBy(x => x.a).First();
        Console.WriteLine("max gap " + maxGap.g + " after " + maxGap.a);
        foreach (var gg in gaps.GroupBy(x => x.g).OrderBy(g => g.Key).Take(6)) Console.WriteLine("gap " + gg.Key + ": " + gg.Count());
        var set = new HashSet<int>(primes);
        foreach (var even in new[] { 4, 28, 100, 1000, 9998 }) { var p = primes.First(q => set.Contains(even - q)); Console.WriteLine(even + " = " + p + " + " + (even - p)); }
        foreach (var n in new long[] { 360, 97, 1001, 65536, 600851475143, 9999999967 }) Console.WriteLine(n + " = " + string.Join(" * ", Factor(n).Select(kv => kv.Value > 1 ? kv.Key + "^" + kv.Value : kv.Key.ToString())));
        var bits = new BitArray(1001, true); bits[0] = bits[1] = false;
        for (int i = 2; i * i <= 1000; i++) if (bits[i]) for (int j = i * i; j <= 1000; j += i) bits[j] = false;
        int bc = 0; for (int i = 0; i < bits.Length; i++) if (bits[i]) bc++;
        Console.WriteLine("BitArray primes <= 1000: " + bc + " matches " + (bc == primes.Count(p => p <= 1000)));
        Console.WriteLine("sum of primes < 2000: " + primes.TakeWhile(p => p < 2000).Sum(p => (long)p));
        var digitSums = primes.Where(p => p < 1000).GroupBy(p => p.ToString().Sum(c => c - '0')).OrderByDescending(g => g.Count()).First();
        Console.WriteLine("most common digit sum under 1000: " + digitSums.Key + " (" + digitSums.Count() + " primes)");
        Console.WriteLine("palindromic primes < 1000: " + string.Join(",", primes.Where(p => p < 1000 && p.ToString() == new string(p.ToString().Reverse().ToArray())).Skip(4)));
        Console.WriteLine("mersenne exponents <= 31: " + string.Join(",", primes.TakeWhile(p => p <= 31).Where(p => { long m = (1L << p) - 1; return Factor(m).Count == 1 && Factor(m)[0].Value == 1; })));
    }
}
