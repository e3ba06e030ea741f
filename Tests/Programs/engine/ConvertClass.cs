// System.Convert: ToInt32 of doubles rounds half to even (2.5 -> 2, 3.5 -> 4, -2.5 -> -2), overflow
// raises OverflowException, ToByte/ToSByte/ToUInt32 ranges, ToBoolean, ToChar, ToString with bases
// 2/8/16 (negative numbers in two's complement), ToInt32(string, 16), ToDouble of strings in the
// invariant format, and Convert.ChangeType.
using System;
using System.Globalization;
class ConvertClass {
    static string R(Func<object> f) { try { object o = f(); return o == null ? "null" : o.ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static void Main() {
        double[] ds = { 2.5, 3.5, -2.5, -3.5, 0.5, 1.4999999, 2147483647.4, 2147483647.5, -2147483648.5, -2147483648.6, double.NaN };
        foreach (double d in ds) Console.WriteLine("ToInt32(" + d.ToString("R") + "): " + R(() => Convert.ToInt32(d)) + ", ToInt64: " + R(() => Convert.ToInt64(d)) + ", ToByte: " + R(() => Convert.ToByte(d)));
        Console.WriteLine("ToInt32(decimal 2.5): " + Convert.ToInt32(2.5m) + ", (3.5m): " + Convert.ToInt32(3.5m) + ", ToInt32(float 2.5f): " + Convert.ToInt32(2.5f));
        Console.WriteLine("ToByte(256): " + R(() => Convert.ToByte(256)) + ", ToSByte(-129): " + R(() => Convert.ToSByte(-129)) + ", ToUInt32(-1): " + R(() => Convert.ToUInt32(-1)) + ", ToUInt64(-1L): " + R(() => Convert.ToUInt64(-1L)));
        Console.WriteLine("ToBoolean: " + Convert.ToBoolean(0) + " " + Convert.ToBoolean(-3) + " " + Convert.ToBoolean(0.0) + " " + Convert.ToBoolean("True") + " " + R(() => Convert.ToBoolean("yes")));
        Console.WriteLine("ToChar(65): " + Convert.ToChar(65) + ", ToChar(70000): " + R(() => Convert.ToChar(70000)) + ", ToInt32('z'): " + Convert.ToInt32('z'));
        Console.WriteLine("ToString bases: " + Convert.ToString(10, 2) + " " + Convert.ToString(-1, 16) + " " + Convert.ToString(255, 8) + " " + Convert.ToString(-2L, 2).Length + " " + Convert.ToString((short)-1, 16) + " " + Convert.ToString((byte)5, 2));
        Console.WriteLine("ToInt32 from hex: " + Convert.ToInt32("7fffffff", 16) + " " + Convert.ToInt32("ffffffff", 16) + " " + Convert.ToInt64("1111111111111111111111111111111111111111111111111111111111111101", 2) + " " + R(() => Convert.ToInt32("1ffffffff", 16)));
        Console.WriteLine("ToDouble: " + Convert.ToDouble("1.5e3", CultureInfo.InvariantCulture) + " " + Convert.ToDouble(true) + " " + R(() => Convert.ToDouble("abc")));
        Console.WriteLine("ChangeType: " + Convert.ChangeType("42", typeof(int)) + " " + Convert.ChangeType(3.9, typeof(int)) + " " + Convert.ChangeType(1, typeof(bool)) + " " + R(() => Convert.ChangeType("x", typeof(int))));
        Console.WriteLine("Base64: " + Convert.ToBase64String(new byte[] { 1, 2, 3, 250 }) + " " + Convert.FromBase64String("AQID+g==").Length);
    }
}
