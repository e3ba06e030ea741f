// System.Math: Abs, Sign, Min/Max, Floor/Ceiling/Truncate, Round with MidpointRounding and digits, Sqrt/Pow/Exp/Log, trig, Clamp, DivRem, BigMul, IEEERemainder, decimal math.
using System;
using System.Globalization;
class MathFunctions {
    static string F(double d) { return d.ToString("R", CultureInfo.InvariantCulture); }
    static void Main() {
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(-2.5) + " " + Math.Abs(-7L) + " " + Math.Abs(-3.5m));
        try { Math.Abs(int.MinValue); } catch (OverflowException e) { Console.WriteLine("Overflow: " + e.Message); }
        Console.WriteLine(Math.Sign(-3) + " " + Math.Sign(0) + " " + Math.Sign(2.5) + " " + Math.Sign(-0.0));
        Console.WriteLine(Math.Min(3, 7) + " " + Math.Max(3, 7) + " " + Math.Min(-1.5, 2) + " " + Math.Max(1u, 2u) + " " + F(Math.Max(double.NaN, 1)));
        Console.WriteLine(F(Math.Floor(2.7)) + " " + F(Math.Floor(-2.7)) + " " + F(Math.Ceiling(2.1)) + " " + F(Math.Ceiling(-2.1)) + " " + F(Math.Truncate(-2.7)));
        // Halves go through a variable: mono's JIT folds Math.Round of a constant with C's round().
        double h25 = 2.5, h35 = 3.5, hm25 = -2.5, h05 = 0.5, h15 = 1.5;
        Console.WriteLine(F(Math.Round(h25)) + " " + F(Math.Round(h35)) + " " + F(Math.Round(hm25)) + " " + F(Math.Round(2.5, MidpointRounding.AwayFromZero)) + " " + F(Math.Round(-2.5, MidpointRounding.AwayFromZero)));
        Console.WriteLine(F(Math.Round(3.14159, 2)) + " " + F(Math.Round(2.675, 2)) + " " + F(Math.Round(1.005, 2, MidpointRounding.AwayFromZero)));
        Console.WriteLine(Math.Round(2.345m, 2) + " " + Math.Round(2.355m, 2) + " " + Math.Round(2.345m, 2, MidpointRounding.AwayFromZero) + " " + Math.Floor(-1.5m) + " " + Math.Ceiling(1.2m) + " " + Math.Truncate(9.99m));
        Console.WriteLine(F(Math.Sqrt(2)) + " " + F(Math.Sqrt(144)) + " " + F(Math.Sqrt(-1)));
        Console.WriteLine(F(Math.Pow(2, 10)) + " " + F(Math.Pow(2, 0.5)) + " " + F(Math.Pow(-8, 1.0 / 3)) + " " + F(Math.Pow(0, 0)) + " " + F(Math.Pow(10, -2)));
        Console.WriteLine(F(Math.Exp(1)) + " " + F(Math.Log(Math.E)) + " " + F(Math.Log10(1000)) + " " + F(Math.Log(8, 2)) + " " + F(Math.Log(0)));
        Console.WriteLine(F(Math.Sin(Math.PI / 6)) + " " + F(Math.Cos(0)) + " " + F(Math.Tan(Math.PI / 4)));
        Console.WriteLine(F(Math.Asin(1)) + " " + F(Math.Acos(0)) + " " + F(Math.Atan(1)) + " " + F(Math.Atan2(1, -1)));
        Console.WriteLine(F(Math.Sinh(1)) + " " + F(Math.Cosh(1)) + " " + F(Math.Tanh(1)));
        Console.WriteLine(F(Math.PI) + " " + F(Math.E));
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Clamp(-5, 0, 10) + " " + Math.Clamp(5.5, 0.0, 10.0));
        Console.WriteLine(Math.DivRem(17, 5, out int rem) + " " + rem + " " + Math.DivRem(-17, 5, out rem) + " " + rem);
        Console.WriteLine(Math.BigMul(int.MaxValue, int.MaxValue));
        Console.WriteLine(F(Math.IEEERemainder(10, 3)) + " " + F(10 % 3.0) + " " + F(-10 % 3.0) + " " + (-10 % 3));
        Console.WriteLine(F(Math.Cbrt(27)) + " " + F(Math.Cbrt(-8)));
        Console.WriteLine(F(Math.Round(h05)) + " " + F(Math.Round(h15)) + " " + F(Math.Round(123.456, 1)));
        Console.WriteLine(F(Math.Max(-0.0, 0.0)) + " " + F(1.0 / 0) + " " + F(-1.0 / 0) + " " + double.IsNaN(0.0 / 0));
        double hyp = Math.Sqrt(3 * 3 + 4 * 4);
        Console.WriteLine(F(hyp));
        double deg = 180 / Math.PI * Math.Atan2(1, 1);
        Console.WriteLine(F(Math.Round(deg, 10)));
        Console.WriteLine(F(Math.Floor(1e300 * 10)) + " " + F(Math.Abs(double.NegativeInfinity)));
        Console.WriteLine((int)3.99 + " " + (int)-3.99 + " " + (long)1e18 + " " + (int)(double)int.MaxValue);
        Console.WriteLine(unchecked((int)2147483648.0).GetType().Name + " " + Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5));
        Console.WriteLine(F(MathF.Sqrt(2f)) + " " + F(MathF.PI));
    }
}
