// decimal: exact arithmetic, scale preservation (1.10 + 2.20 = 3.30), division rounding to 28-29
// digits, overflow and division by zero exceptions, conversions to and from integers and doubles
// (truncation, OverflowException), comparisons, Math.Round/Floor/Ceiling/Truncate on decimal.
using System;
class DecimalArith {
    static string R(Func<object> f) { try { return f().ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static decimal M(decimal x) { return x; }
    static void Main() {
        Console.WriteLine("1.10 + 2.20: " + (M(1.10m) + M(2.20m)));
        Console.WriteLine("0.1 + 0.2 == 0.3: " + (M(0.1m) + M(0.2m) == 0.3m));
        Console.WriteLine("1.0 * 1.00: " + (M(1.0m) * M(1.00m)));
        Console.WriteLine("1 / 3: " + (M(1m) / M(3m)));
        Console.WriteLine("2 / 3: " + (M(2m) / M(3m)));
        Console.WriteLine("10 / 4: " + (M(10m) / M(4m)));
        Console.WriteLine("1 / 8: " + (M(1m) / 8));
        Console.WriteLine("-7 % 3: " + (M(-7m) % 3) + ", 7.5 % -2: " + (M(7.5m) % -2));
        Console.WriteLine("MaxValue: " + decimal.MaxValue + ", MinValue: " + decimal.MinValue);
        Console.WriteLine("MaxValue + 1: " + R(() => M(decimal.MaxValue) + 1));
        Console.WriteLine("MaxValue * 2: " + R(() => M(decimal.MaxValue) * 2));
        Console.WriteLine("MaxValue + 0.1: " + R(() => M(decimal.MaxValue) + 0.1m));
        Console.WriteLine("1 / 0: " + R(() => M(1m) / M(0m)));
        Console.WriteLine("1 % 0: " + R(() => M(1m) % M(0m)));
        Console.WriteLine("(int)3.99: " + (int)M(3.99m) + ", (int)-3.99: " + (int)M(-3.99m));
        Console.WriteLine("(int)3e10m: " + R(() => (int)M(30000000000m)));
        Console.WriteLine("(long)3e10m: " + (long)M(30000000000m) + ", (byte)255.9m: " + (byte)M(255.9m) + ", (byte)256m: " + R(() => (byte)M(256m)));
        Console.WriteLine("(ulong)-1m: " + R(() => (ulong)M(-1m)) + ", (ulong)-0.5m: " + R(() => (ulong)M(-0.5m)));
        Console.WriteLine("(double)0.1m: " + ((double)M(0.1m)).ToString("R") + ", (decimal)0.1d: " + (decimal)0.1);
        Console.WriteLine("(decimal)1e29: " + R(() => (decimal)D(1e29)) + ", (decimal)NaN: " + R(() => (decimal)D(double.NaN)));
        Console.WriteLine("(decimal)long.MinValue: " + (decimal)long.MinValue + ", (decimal)ulong.MaxValue: " + (decimal)ulong.MaxValue);
        Console.WriteLine("compare: " + (M(1.0m) == M(1.000m)) + " " + (M(-0.0m) == M(0m)) + " " + (M(0.0000001m) > 0) + " " + decimal.Compare(M(2m), M(1.9999999999999999999999999999m)));
        Console.WriteLine("Round(2.5): " + Math.Round(M(2.5m)) + ", Round(3.5): " + Math.Round(M(3.5m)) + ", Round(2.345, 2): " + Math.Round(M(2.345m), 2) + ", Round(-2.5): " + Math.Round(M(-2.5m)));
        Console.WriteLine("Floor(-2.1): " + Math.Floor(M(-2.1m)) + ", Ceiling(-2.1): " + Math.Ceiling(M(-2.1m)) + ", Truncate(-2.9): " + decimal.Truncate(M(-2.9m)));
        decimal acc = 0; for (int i = 0; i < 100; i++) acc += 0.01m; Console.WriteLine("hundred 0.01: " + acc);
        decimal f = 1; for (int i = 1; i <= 27; i++) f *= i; Console.WriteLine("27!: " + f);
        Console.WriteLine("28!: " + R(() => { decimal g = 1; for (int i = 1; i <= 28; i++) g *= i; return g; }));
        Console.WriteLine("0.3333333333333333333333333333 * 3: " + (M(1m) / 3 * 3));
        Console.WriteLine("-decimal: " + (-M(5.50m)) + ", ++: " + R(() => { decimal d = 9.9m; d++; return d; }));
        Console.WriteLine("scale of 1.5m*2: " + (M(1.5m) * 2) + ", 100m / 10m: " + (M(100m) / M(10m)) + ", 1.000m / 1m: " + (M(1.000m) / 1m));
        Console.WriteLine("decimal.GetBits(-1.5m): " + string.Join(",", decimal.GetBits(M(-1.5m))));
        Console.WriteLine("decimal from float 1.1f: " + (decimal)1.1f + ", to float: " + ((float)M(1.1m)).ToString("R"));
    }
    static double D(double x) { return x; }
}
