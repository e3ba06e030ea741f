// Shifts: counts are masked to 5 bits (int/uint) and 6 bits (long/ulong), negative counts,
// arithmetic vs logical right shift, shifts of promoted small types, compound shift assignment.
using System;
class Shifts {
    static void Main() {
        int[] counts = { 0, 1, 31, 32, 33, 63, 64, 65, -1, -31, -32, 100 };
        int i = -8; uint u = 0x80000001; long l = -8; ulong q = 0x8000000000000001UL;
        foreach (int c in counts) {
            Console.WriteLine("count " + c + ": int<< " + (1 << c) + " int>> " + (i >> c) + " uint>> " + (u >> c) + " uint<< " + (u << c));
            Console.WriteLine("count " + c + ": long<< " + (1L << c) + " long>> " + (l >> c) + " ulong>> " + (q >> c) + " ulong<< " + (q << c));
        }
        Console.WriteLine("int.MinValue >> 31: " + (int.MinValue >> 31));
        Console.WriteLine("(uint)int.MinValue >> 31: " + (unchecked((uint)int.MinValue) >> 31));
        Console.WriteLine("long.MinValue >> 63: " + (long.MinValue >> 63));
        Console.WriteLine("-1 >> 100: " + (-1 >> 100));
        byte b = 0x81; sbyte sb = -127; short s = -2; ushort us = 0xFFFF; char ch = '\uFFFF';
        Console.WriteLine("byte << 8: " + (b << 8) + ", byte >> 1: " + (b >> 1));
        Console.WriteLine("sbyte >> 1: " + (sb >> 1) + ", sbyte << 25: " + (sb << 25));
        Console.WriteLine("short >> 20: " + (s >> 20) + ", ushort << 16: " + (us << 16));
        Console.WriteLine("char >> 4: " + (ch >> 4) + ", char << 17: " + (ch << 17));
        b <<= 1; Console.WriteLine("byte <<= 1: " + b);
        sb >>= 1; Console.WriteLine("sbyte >>= 1: " + sb);
        s <<= 15; Console.WriteLine("short <<= 15: " + s);
        int x = 0x12345678; x <<= 36; Console.WriteLine("x <<= 36: " + x);
        long y = 0x123456789ABCDEFL; y >>= 68; Console.WriteLine("y >>= 68: " + y);
        int rot = (int)(((uint)0x12345678 << 8) | ((uint)0x12345678 >> 24)); Console.WriteLine("rotl 8: " + rot.ToString("X8"));
    }
}
