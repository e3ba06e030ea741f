// checked conversions between integer types at each boundary (conv.ovf.* and conv.ovf.*.un):
// every source type to every narrower or differently-signed target, values at min, max, max+1.
using System;
class CheckedConvInt {
    static string R(Func<object> f) { try { return f().ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static void Main() {
        long[] ls = { long.MinValue, int.MinValue - 1L, int.MinValue, short.MinValue - 1, short.MinValue, sbyte.MinValue - 1, sbyte.MinValue, -1, 0,
                      sbyte.MaxValue, sbyte.MaxValue + 1, byte.MaxValue, byte.MaxValue + 1, short.MaxValue, short.MaxValue + 1, ushort.MaxValue, ushort.MaxValue + 1,
                      int.MaxValue, int.MaxValue + 1L, uint.MaxValue, uint.MaxValue + 1L, long.MaxValue };
        foreach (long v in ls) {
            long x = v;
            Console.WriteLine("long " + v + " -> sbyte " + R(() => checked((sbyte)x)) + ", byte " + R(() => checked((byte)x)) + ", short " + R(() => checked((short)x))
                + ", ushort " + R(() => checked((ushort)x)) + ", char " + R(() => (int)checked((char)x)) + ", int " + R(() => checked((int)x)) + ", uint " + R(() => checked((uint)x)) + ", ulong " + R(() => checked((ulong)x)));
        }
        ulong[] us = { 0, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2147483647, 2147483648, 4294967295, 4294967296, 9223372036854775807, 9223372036854775808, ulong.MaxValue };
        foreach (ulong v in us) {
            ulong x = v;
            Console.WriteLine("ulong " + v + " -> sbyte " + R(() => checked((sbyte)x)) + ", byte " + R(() => checked((byte)x)) + ", short " + R(() => checked((short)x))
                + ", ushort " + R(() => checked((ushort)x)) + ", int " + R(() => checked((int)x)) + ", uint " + R(() => checked((uint)x)) + ", long " + R(() => checked((long)x)));
        }
        int[] isrc = { int.MinValue, -129, -128, -1, 0, 127, 128, 255, 256, 65535, 65536, int.MaxValue };
        foreach (int v in isrc) {
            int x = v;
            Console.WriteLine("int " + v + " -> sbyte " + R(() => checked((sbyte)x)) + ", byte " + R(() => checked((byte)x)) + ", ushort " + R(() => checked((ushort)x)) + ", uint " + R(() => checked((uint)x)) + ", ulong " + R(() => checked((ulong)x)));
        }
        uint[] usrc = { 0, 127, 128, 255, 256, 32767, 32768, 65536, 2147483647, 2147483648, uint.MaxValue };
        foreach (uint v in usrc) {
            uint x = v;
            Console.WriteLine("uint " + v + " -> sbyte " + R(() => checked((sbyte)x)) + ", byte " + R(() => checked((byte)x)) + ", short " + R(() => checked((short)x)) + ", int " + R(() => checked((int)x)));
        }
        short sv = -1; sbyte bv = -1; char cv = '\uFFFF'; byte yv = 255;
        Console.WriteLine("short -1 -> ushort " + R(() => checked((ushort)sv)) + ", char " + R(() => checked((char)sv)) + ", byte " + R(() => checked((byte)sv)));
        Console.WriteLine("sbyte -1 -> byte " + R(() => checked((byte)bv)) + ", uint " + R(() => checked((uint)bv)));
        Console.WriteLine("char FFFF -> short " + R(() => checked((short)cv)) + ", sbyte " + R(() => checked((sbyte)cv)) + ", ushort " + R(() => checked((ushort)cv)));
        Console.WriteLine("byte 255 -> sbyte " + R(() => checked((sbyte)yv)) + ", char " + R(() => (int)checked((char)yv)));
    }
}
