// System.Random with fixed seeds: Next, Next(max), Next(min,max), NextDouble, NextBytes, reproducibility, shuffle, dice histogram.
using System;
using System.Globalization;
using System.Linq;
class RandomSeeded {
    static void Main() {
        var r = new Random(42);
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 10).Select(_ => r.Next())));
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 10).Select(_ => r.Next(100))));
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 10).Select(_ => r.Next(-50, 50))));
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 5).Select(_ => r.NextDouble().ToString("R", CultureInfo.InvariantCulture))));
        var bytes = new byte[16];
        r.NextBytes(bytes);
        Console.WriteLine(BitConverter.ToString(bytes));
        var a = new Random(12345); var b = new Random(12345);
        bool same = true; for (int i = 0; i < 1000; i++) if (a.Next() != b.Next()) same = false;
        Console.WriteLine("reproducible " + same);
        var r0 = new Random(0);
        Console.WriteLine(r0.Next() + " " + r0.Next(10) + " " + r0.Next(int.MinValue, int.MaxValue));
        var rn = new Random(-7);
        Console.WriteLine(rn.Next() + " " + rn.Next(1, 2) + " " + rn.Next(0));
        var deck = Enumerable.Range(1, 20).ToArray();
        var sr = new Random(2024);
        for (int i = deck.Length - 1; i > 0; i--) { int j = sr.Next(i + 1); int t = deck[i]; deck[i] = deck[j]; deck[j] = t; }
        Console.WriteLine(string.Join(" ", deck));
        var hist = new int[7];
        var dice = new Random(7);
        for (int i = 0; i < 6000; i++) hist[dice.Next(1, 7)]++;
        for (int f = 1; f <= 6; f++) Console.WriteLine(f + ": " + hist[f]);
        var mc = new Random(99);
        int inside = 0;
        for (int i = 0; i < 100000; i++) { double x = mc.NextDouble(), y = mc.NextDouble(); if (x * x + y * y <= 1) inside++; }
        Console.WriteLine("pi ~ " + (4.0 * inside / 100000).ToString("F4", CultureInfo.InvariantCulture));
        try { r.Next(5, 1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        var big = new Random(int.MaxValue);
        Console.WriteLine(big.Next(1000000) + " " + big.Next(1000000));
        Console.WriteLine(new Random(1).Next(int.MaxValue));
    }
}
