// Math.Round (banker's rounding by default, MidpointRounding.AwayFromZero, digits), Floor, Ceiling,
// Truncate, Math.Abs overflow (OverflowException), Math.Sign of NaN (ArithmeticException),
// Math.DivRem/BigMul, rounding of negative midpoints and -0.0 results. Arguments come through
// variables: mono's JIT folds Math.Round of a constant with C round() (away from zero, a mono
// bug), so constants would not test the runtime.
using System;
class MathRound {
    static string R(Func<object> f) { try { return f().ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static void Main() {
        double[] vs = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999999999999996, 0.49999999999999994, 1e16 + 2, -3.7, 3.7, double.NaN, double.PositiveInfinity };
        foreach (double v in vs) {
            double x = v;
            Console.WriteLine(x.ToString("R") + ": Round " + Math.Round(x) + ", Away " + Math.Round(x, MidpointRounding.AwayFromZero) + ", Floor " + Math.Floor(x) + ", Ceiling " + Math.Ceiling(x) + ", Truncate " + Math.Truncate(x));
        }
        Console.WriteLine("Round(2.345, 2): " + Math.Round(2.345, 2) + ", Round(2.355, 2): " + Math.Round(2.355, 2) + ", Round(-1.25, 1): " + Math.Round(-1.25, 1));
        Console.WriteLine("Round(-0.4) sign: " + (1 / Math.Round(-0.4)) + ", Ceiling(-0.5) sign: " + (1 / Math.Ceiling(-0.5)));
        Console.WriteLine("Math.Abs(int.MinValue): " + R(() => Math.Abs(int.MinValue + Zero())));
        Console.WriteLine("Math.Abs(long.MinValue): " + R(() => Math.Abs(long.MinValue + Zero())));
        Console.WriteLine("Math.Abs(short.MinValue): " + R(() => Math.Abs((short)(short.MinValue + Zero()))));
        Console.WriteLine("Math.Abs(sbyte.MinValue): " + R(() => Math.Abs((sbyte)(sbyte.MinValue + Zero()))));
        Console.WriteLine("Math.Abs(-5): " + Math.Abs(-5 + Zero()));
        Console.WriteLine("Math.Sign(NaN): " + R(() => Math.Sign(double.NaN)));
        Console.WriteLine("Math.Sign(-0.0): " + Math.Sign(-0.0) + ", Sign(-inf): " + Math.Sign(double.NegativeInfinity) + ", Sign(int.MinValue): " + Math.Sign(int.MinValue));
        int rem; int q = Math.DivRem(-17, 5, out rem); Console.WriteLine("DivRem(-17, 5): " + q + " r " + rem);
        Console.WriteLine("BigMul(int.MaxValue, int.MinValue): " + Math.BigMul(int.MaxValue, int.MinValue));
        Console.WriteLine("Math.Max(int.MinValue, -1): " + Math.Max(int.MinValue, -1) + ", Min(uint): " + Math.Min(0xFFFFFFFFu, 1u));
        Console.WriteLine("(int)Math.Round(2.5): " + (int)Math.Round(D(2.5)) + ", (int)Math.Round(3.5): " + (int)Math.Round(D(3.5)));
        Console.WriteLine("Round(float 2.5f): " + Math.Round((double)F(2.5f)) + ", Round(decimal 2.5m): " + Math.Round(2.5m) + ", Away: " + Math.Round(2.5m, MidpointRounding.AwayFromZero));
        Console.WriteLine("Math.Round(1.23456789, 5): " + Math.Round(1.23456789, 5) + ", digits 16: " + R(() => Math.Round(1.5, 16)));
    }
    static int Zero() { return 0; }
    static double D(double x) { return x; }
    static float F(float x) { return x; }
}
