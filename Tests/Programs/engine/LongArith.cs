// 64-bit arithmetic: wrapping add/sub/mul, high bits of products, mixed int/long promotion,
// sign extension of int into long, long comparisons across the 32-bit boundary, ++/-- at limits.
using System;
class LongArith {
    static long Id(long x) { return x; }
    static void Main() {
        long max = Id(long.MaxValue), min = Id(long.MinValue);
        Console.WriteLine("max + 1: " + (max + 1));
        Console.WriteLine("min - 1: " + (min - 1));
        Console.WriteLine("max * 2: " + (max * 2));
        Console.WriteLine("min * -1: " + (min * -1));
        Console.WriteLine("-min: " + (-min));
        Console.WriteLine("0x100000000 * 0x100000000: " + (Id(0x100000000L) * Id(0x100000000L)));
        Console.WriteLine("0xFFFFFFFF * 0xFFFFFFFF: " + (Id(0xFFFFFFFFL) * Id(0xFFFFFFFFL)));
        Console.WriteLine("123456789123 * 987654321: " + (Id(123456789123L) * 987654321));
        int neg = -5; uint big = 0xFFFFFFFB;
        Console.WriteLine("long + int(-5): " + (Id(10) + neg));
        Console.WriteLine("long + uint(0xFFFFFFFB): " + (Id(10) + big));
        Console.WriteLine("(long)int(-5): " + (long)neg + ", (long)uint: " + (long)big);
        Console.WriteLine("int*int overflowing before widening: " + (long)(int.MaxValue * neg));
        Console.WriteLine("int*long: " + ((long)int.MaxValue * neg));
        Console.WriteLine("0x80000000 > 0x7FFFFFFF: " + (Id(0x80000000L) > Id(0x7FFFFFFFL)));
        Console.WriteLine("-1 < 0x100000000: " + (Id(-1) < Id(0x100000000L)));
        Console.WriteLine("0x1_00000000 == 0: " + (Id(0x100000000L) == 0) + ", low int: " + (int)Id(0x100000000L));
        long c = max; c++; Console.WriteLine("max++: " + c);
        c = min; c--; Console.WriteLine("min--: " + c);
        Console.WriteLine("~0L: " + ~Id(0) + ", ~max: " + ~max);
        Console.WriteLine("and/or/xor: " + (Id(0x0F0F0F0F0F0F0F0FL) & Id(0x00FF00FF00FF00FFL)).ToString("X") + " " + (Id(0x0F0F0F0F0F0F0F0FL) | Id(0x00FF00FF00FF00FFL)).ToString("X") + " " + (Id(0x0F0F0F0F0F0F0F0FL) ^ Id(-1)).ToString("X"));
        long acc = 1; for (int i = 0; i < 70; i++) acc = acc * 3 + i; Console.WriteLine("3^n loop wrap: " + acc);
        ulong uacc = 1; for (int i = 0; i < 70; i++) uacc = uacc * 0x9E3779B97F4A7C15UL + (ulong)i; Console.WriteLine("ulong mul loop: " + uacc);
        long fact = 1; for (int i = 1; i <= 25; i++) { fact *= i; if (i >= 19) Console.WriteLine(i + "! wraps to " + fact); }
    }
}
