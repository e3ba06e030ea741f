// double/float arithmetic: remainder (sign follows dividend, x % inf = x, inf % x = NaN, % 0 = NaN),
// infinities and overflow to infinity, underflow to denormals and zero, negation of zero, printed
// with "R" and as bit patterns.
using System;
class FloatArith {
    static double D(double x) { return x; }
    static float F(float x) { return x; }
    static string B(double d) { return BitConverter.DoubleToInt64Bits(d).ToString("X16"); }
    static void Main() {
        double[] a = { 5.5, -5.5, 5.5, -5.5, 1e300, 7, 7, double.PositiveInfinity, 0.0, -0.0, 3, double.NaN, 1, -1 };
        double[] b = { 2, 2, -2, -2, 3, double.PositiveInfinity, double.NegativeInfinity, 2, 5, 5, 0, 1, double.NaN, -0.0 };
        for (int i = 0; i < a.Length; i++) {
            double x = D(a[i]), y = D(b[i]);
            Console.WriteLine(x.ToString("R") + " % " + y.ToString("R") + " = " + (x % y).ToString("R") + " [" + B(x % y) + "], / = " + (x / y).ToString("R"));
        }
        float fx = F(-7.25f), fy = F(2f);
        Console.WriteLine("float -7.25 % 2 = " + (fx % fy).ToString("R") + ", float 1e30*1e30 = " + (F(1e30f) * F(1e30f)).ToString("R"));
        Console.WriteLine("max * 2: " + (D(double.MaxValue) * 2) + ", -max * 2: " + (D(double.MaxValue) * -2));
        Console.WriteLine("min denormal / 2: " + B(D(double.Epsilon) / 2) + ", * 0.5 + eps: " + B(D(double.Epsilon) * 0.5 + double.Epsilon));
        Console.WriteLine("2.2250738585072014E-308 / 2: " + (D(2.2250738585072014E-308) / 2).ToString("R"));
        Console.WriteLine("-(0.0): " + B(-D(0.0)) + ", 0.0 - 0.0: " + B(D(0.0) - D(0.0)) + ", -0.0 + 0.0: " + B(D(-0.0) + D(0.0)) + ", -0.0 * 1: " + B(D(-0.0) * 1));
        Console.WriteLine("-0.0 - 0.0: " + B(D(-0.0) - D(0.0)) + ", 0 * -1: " + B(D(0) * -1));
        Console.WriteLine("sqrt(-1) NaN: " + double.IsNaN(Math.Sqrt(D(-1))) + ", sqrt(-0.0): " + B(Math.Sqrt(D(-0.0))));
        Console.WriteLine("1e16 + 1 - 1e16: " + (D(1e16) + 1 - D(1e16)) + ", (1 + 1e-16) - 1: " + ((D(1) + D(1e-16)) - 1));
        double sum = 0; for (int i = 1; i <= 1000; i++) sum += 1.0 / i; Console.WriteLine("harmonic 1000: " + sum.ToString("R"));
        float fsum = 0; for (int i = 1; i <= 1000; i++) fsum += 1.0f / i; Console.WriteLine("float harmonic 1000: " + fsum.ToString("R"));
        double p = 1; for (int i = 0; i < 1100; i++) p *= 2; Console.WriteLine("2^1100: " + p);
        p = 1; for (int i = 0; i < 1080; i++) p /= 2; Console.WriteLine("2^-1080: " + p.ToString("R") + " " + B(p));
        Console.WriteLine("NaN bits of 0/0 sign: " + (BitConverter.DoubleToInt64Bits(D(0) / D(0)) < 0 ? "negative" : "positive") + " (x86 default NaN)");
        Console.WriteLine("Math.IEEERemainder(5.5, 2): " + Math.IEEERemainder(5.5, 2) + ", Math.Pow(0, 0): " + Math.Pow(0, 0) + ", Math.Pow(-8, 1.0/3) NaN: " + double.IsNaN(Math.Pow(-8, 1.0 / 3)));
        Console.WriteLine("Math.Abs(-0.0) bits: " + B(Math.Abs(D(-0.0))) + ", Math.Abs(-inf): " + Math.Abs(D(double.NegativeInfinity)));
    }
}
