// checked conversions from float and double to every integer type: truncation toward zero,
// values just inside and just outside each range, NaN and infinities (OverflowException), -0.0.
using System;
class CheckedConvFloat {
    static string R(Func<object> f) { try { return f().ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static void Main() {
        double[] ds = { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.9, -0.9, -1.0, -1.5, 127.9, 128.0, -128.9, -129.0, 255.9, 256.0,
                        32767.9, 32768.0, -32768.9, -32769.0, 65535.9, 65536.0, 2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0,
                        4294967295.9, 4294967296.0, 9223372036854774784.0, 9223372036854775808.0, -9223372036854775808.0, -9223372036854777856.0,
                        18446744073709549568.0, 18446744073709551616.0, 1e300, double.Epsilon };
        foreach (double v in ds) {
            double x = v;
            Console.WriteLine("double " + v.ToString("R") + " -> sbyte " + R(() => checked((sbyte)x)) + ", byte " + R(() => checked((byte)x)) + ", short " + R(() => checked((short)x))
                + ", ushort " + R(() => checked((ushort)x)) + ", int " + R(() => checked((int)x)) + ", uint " + R(() => checked((uint)x))
                + ", long " + R(() => checked((long)x)) + ", ulong " + R(() => checked((ulong)x)) + ", char " + R(() => (int)checked((char)x)));
        }
        float[] fs = { float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0.5f, 2147483520f, 2147483648f, -2147483648f, -2147483904f, 4294967040f, 4294967296f,
                       9223371487098961920f, 9223372036854775808f, 18446742974197923840f, 18446744073709551616f, 3.4e38f };
        foreach (float v in fs) {
            float x = v;
            Console.WriteLine("float " + v.ToString("R") + " -> int " + R(() => checked((int)x)) + ", uint " + R(() => checked((uint)x))
                + ", long " + R(() => checked((long)x)) + ", ulong " + R(() => checked((ulong)x)) + ", short " + R(() => checked((short)x)) + ", byte " + R(() => checked((byte)x)));
        }
    }
}
