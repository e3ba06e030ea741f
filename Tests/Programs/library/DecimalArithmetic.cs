// System.Decimal: exact arithmetic, scale preservation, rounding modes, division precision, Truncate/Floor/Ceiling, conversions to/from double, GetBits, parsing and formatting, money sums.
using System;
using System.Globalization;
using System.Linq;
class DecimalArithmetic {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine((0.1m + 0.2m == 0.3m) + " " + (0.1 + 0.2 == 0.3));
        Console.WriteLine((1.10m + 2.205m).ToString(inv) + " " + (1.5m * 2).ToString(inv) + " " + (1.50m * 2.0m).ToString(inv) + " " + (10m / 4).ToString(inv));
        Console.WriteLine((1m / 3).ToString(inv) + " " + (2m / 3).ToString(inv) + " " + (1m / 3 * 3).ToString(inv));
        Console.WriteLine(decimal.Round(2.5m) + " " + decimal.Round(3.5m) + " " + decimal.Round(-2.5m) + " " + decimal.Round(2.5m, MidpointRounding.AwayFromZero) + " " + decimal.Round(1.2345m, 3) + " " + decimal.Round(1.2355m, 3));
        Console.WriteLine(decimal.Truncate(-3.99m) + " " + decimal.Floor(-3.01m) + " " + decimal.Ceiling(3.01m) + " " + decimal.Negate(5m) + " " + decimal.Remainder(10.5m, 3m));
        Console.WriteLine((decimal)0.1 + " " + (double)0.1m + " " + (decimal)1.0f / 3 + " " + (int)9.99m + " " + (long)-9.99m);
        Console.WriteLine(decimal.MaxValue + " " + decimal.MinValue + " " + decimal.One + " " + decimal.MinusOne + " " + decimal.Zero);
        Console.WriteLine(string.Join(",", decimal.GetBits(1.5m)) + " | " + string.Join(",", decimal.GetBits(-123.456m)));
        Console.WriteLine(new decimal(12345, 0, 0, false, 2) + " " + new decimal(1.5) + " " + new decimal(42L));
        Console.WriteLine(123.4500m.ToString(inv) + " " + (123.4500m / 1).ToString(inv) + " " + (123.4500m + 0m).ToString(inv) + " " + (123.45m * 1.00m).ToString(inv));
        Console.WriteLine(1234567.891m.ToString("N2", inv) + " " + 0.5m.ToString("P0", inv) + " " + 42m.ToString("F3", inv) + " " + 1.23e-5m.ToString("E2", inv) + " " + 99.999m.ToString("0.00", inv));
        var prices = new[] { 19.99m, 5.01m, 0.10m, 100m, 3.333m };
        Console.WriteLine(prices.Sum().ToString(inv) + " " + prices.Average().ToString(inv) + " " + prices.Max() + " " + prices.Min());
        decimal balance = 1000m; for (int m = 0; m < 12; m++) balance = decimal.Round(balance * 1.01m, 2);
        Console.WriteLine("compound " + balance.ToString(inv));
        decimal split = 100m / 3; var parts = new[] { decimal.Round(split, 2), decimal.Round(split, 2) }; var last = 100m - parts.Sum();
        Console.WriteLine("split " + parts[0] + " " + parts[1] + " " + last);
        Console.WriteLine(decimal.Compare(1.0m, 1.00m) + " " + 1.0m.Equals(1.00m) + " " + (1.0m.GetHashCode() == 1.00m.GetHashCode()) + " " + decimal.Parse("1.0", inv).CompareTo(2m));
        Console.WriteLine(decimal.TryParse("12.34", NumberStyles.Number, inv, out var d1) + " " + d1 + " " + decimal.TryParse("1e30", NumberStyles.Float, inv, out var d2) + " " + d2);
        decimal zero = 0m, one = 1m; double dmax = double.MaxValue;
        try { var x = one / zero; } catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name); }
        try { var x = decimal.MaxValue + one; } catch (OverflowException e) { Console.WriteLine(e.GetType().Name); }
        try { var x = (decimal)dmax; } catch (OverflowException e) { Console.WriteLine("double->decimal " + e.GetType().Name); }
        Console.WriteLine((0.000001m * 0.000001m).ToString(inv) + " " + (1e-28m / 10).ToString(inv) + " " + 7.9228162514264337593543950335m);
        Console.WriteLine(Math.Abs(-1.5m) + " " + Math.Sign(-0.0001m) + " " + Math.Max(1.1m, 1.10m) + " " + Math.Min(-1m, 0m));
        Console.WriteLine(decimal.ToInt32(-7.9m) + " " + decimal.ToDouble(0.125m) + " " + decimal.ToSingle(0.5m) + " " + Convert.ToDecimal("3.14159", inv));
        decimal acc = 0; for (int i = 0; i < 1000; i++) acc += 0.001m;
        double dacc = 0; for (int i = 0; i < 1000; i++) dacc += 0.001;
        Console.WriteLine(acc + " " + (dacc == 1.0) + " " + (acc == 1m));
        Console.WriteLine((-0m).ToString(inv) + " " + (0m * -1).ToString(inv) + " " + decimal.Multiply(2.5m, 4m) + " " + decimal.Divide(1m, 8m) + " " + decimal.Add(0.1m, 0.9m) + " " + decimal.Subtract(1m, 0.01m));
    }
}
