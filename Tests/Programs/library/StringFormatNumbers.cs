// string.Format (with an explicit invariant provider) and ToString with standard numeric formats (N, F, E, P, D, X, G, R, C) under the invariant culture.
using System;
using System.Globalization;
class StringFormatNumbers {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "{0:N}", 1234567.891));
        Console.WriteLine(string.Format(inv, "{0:N0}", 1234567.891));
        Console.WriteLine(string.Format(inv, "{0:N3}", -0.5));
        Console.WriteLine(string.Format(inv, "{0:F}", 3.14159));
        Console.WriteLine(string.Format(inv, "{0:F0}", 2.5));
        Console.WriteLine(string.Format(inv, "{0:F4}", 1.0 / 3));
        Console.WriteLine(string.Format(inv, "{0:E}", 12345.6789));
        Console.WriteLine(string.Format(inv, "{0:E2}", 0.000123));
        Console.WriteLine(string.Format(inv, "{0:e4}", -987654.0));
        Console.WriteLine(string.Format(inv, "{0:P}", 0.1234));
        Console.WriteLine(string.Format(inv, "{0:P0}", 0.5));
        Console.WriteLine(string.Format(inv, "{0:D}", 42));
        Console.WriteLine(string.Format(inv, "{0:D8}", -42));
        Console.WriteLine(string.Format(inv, "{0:X}", 255));
        Console.WriteLine(string.Format(inv, "{0:x4}", 255));
        Console.WriteLine(255.ToString("X8", inv));
        Console.WriteLine((-1).ToString("X", inv));
        Console.WriteLine(long.MinValue.ToString("X", inv));
        Console.WriteLine(((byte)200).ToString("x2", inv));
        Console.WriteLine(string.Format(inv, "{0:G}", 1e20));
        Console.WriteLine(string.Format(inv, "{0:G3}", 123456.0));
        Console.WriteLine(string.Format(inv, "{0:R}", 0.1));
        Console.WriteLine((0.1 + 0.2).ToString("R", inv));
        Console.WriteLine(string.Format(inv, "{0:C}", 1234.5));
        Console.WriteLine(string.Format(inv, "{0:C0}", -99.5));
        Console.WriteLine(1e-7.ToString(inv));
        Console.WriteLine(123456789012345.0.ToString(inv));
        Console.WriteLine(double.MaxValue.ToString(inv));
        Console.WriteLine(double.Epsilon.ToString(inv));
        Console.WriteLine(double.NaN.ToString(inv) + " " + double.PositiveInfinity.ToString(inv) + " " + double.NegativeInfinity.ToString(inv));
        Console.WriteLine(float.MaxValue.ToString(inv));
        Console.WriteLine((1f / 3).ToString(inv));
        Console.WriteLine(int.MaxValue.ToString("N0", inv));
        Console.WriteLine(decimal.MaxValue.ToString(inv));
        Console.WriteLine(1.23456789m.ToString("F3", inv));
        Console.WriteLine((-0.0).ToString(inv));
        Console.WriteLine(string.Format(inv, "{0,10:F2}|{1,-10:N1}|", 3.14159, 2718.28));
        Console.WriteLine(string.Format(inv, "{0:00.00}", 3.14159));
        Console.WriteLine(12.ToString("G", inv) + " " + 12.5m.ToString("G", inv) + " " + 0.000001m.ToString(inv));
        Console.WriteLine(string.Format(inv, "{{literal}} {0}", 5));
        Console.WriteLine(ulong.MaxValue.ToString(inv) + " " + ulong.MaxValue.ToString("X", inv));
        Console.WriteLine(sbyte.MinValue.ToString(inv) + " " + short.MinValue.ToString("D7", inv));
    }
}
