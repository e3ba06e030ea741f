// Unchecked conversions whose result ECMA leaves unspecified or platform-defined: float/double to
// integer out of range, NaN and infinities (mono on x86-64 is the oracle here), plus the specified
// in-range ones: truncation toward zero, double -> float rounding, long -> double rounding.
using System;
class UncheckedConv {
    static void Main() {
        double[] ds = { 1.9, -1.9, 0.5, -0.5, 1e10, -1e10, 3e9, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e19, -1e19, 2e19 };
        foreach (double d in ds) {
            double x = d;
            Console.WriteLine("double " + x.ToString("R") + " -> int " + unchecked((int)x) + ", uint " + unchecked((uint)x) + ", long " + unchecked((long)x) + ", ulong " + unchecked((ulong)x)
                + ", short " + unchecked((short)x) + ", byte " + unchecked((byte)x) + ", sbyte " + unchecked((sbyte)x) + ", char " + (int)unchecked((char)x));
        }
        long[] ls = { long.MaxValue, long.MinValue, 9007199254740993L, -9007199254740993L, 123456789012345678L };
        foreach (long l in ls) {
            long x = l;
            Console.WriteLine("long " + x + " -> double " + ((double)x).ToString("R") + ", float " + ((float)x).ToString("R"));
        }
        ulong[] us = { ulong.MaxValue, 9223372036854775808UL, 9223372036854777857UL, 18446744073709550591UL };
        foreach (ulong u in us) {
            ulong x = u;
            Console.WriteLine("ulong " + x + " -> double " + ((double)x).ToString("R") + ", float " + ((float)x).ToString("R"));
        }
        uint ui = uint.MaxValue; Console.WriteLine("uint max -> double " + ((double)ui).ToString("R") + ", float " + ((float)ui).ToString("R"));
        int ii = 16777217; Console.WriteLine("int 16777217 -> float " + ((float)ii).ToString("R") + ", back to int " + (int)(float)ii);
        double[] dd = { 0.1, 1.0000001, 3.4028235677973366e38, 3.5e38, 1e-46, -1e-46, 1.401298464324817e-45, 16777217.0, 16777219.0 };
        foreach (double d in dd) {
            double x = d; float f = (float)x;
            Console.WriteLine("double " + x.ToString("R") + " -> float " + f.ToString("R") + " bits " + BitConverter.ToInt32(BitConverter.GetBytes(f), 0).ToString("X8"));
        }
    }
}
