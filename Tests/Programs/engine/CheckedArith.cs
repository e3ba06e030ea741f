// checked add/sub/mul/neg/++ for int, uint, long, ulong at each boundary: which overflow
// (caught as OverflowException) and which pass; also unchecked blocks nested inside checked ones.
using System;
class CheckedArith {
    static string R(Func<object> f) { try { return f().ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static int I(int x) { return x; } static uint U(uint x) { return x; } static long L(long x) { return x; } static ulong Q(ulong x) { return x; }
    static void Main() {
        Console.WriteLine("int max+1: " + R(() => checked(I(int.MaxValue) + 1)));
        Console.WriteLine("int max+0: " + R(() => checked(I(int.MaxValue) + 0)));
        Console.WriteLine("int min-1: " + R(() => checked(I(int.MinValue) - 1)));
        Console.WriteLine("int min+(-1)... -1-min: " + R(() => checked(I(-1) - int.MinValue)));
        Console.WriteLine("int 0-min: " + R(() => checked(0 - I(int.MinValue))));
        Console.WriteLine("int -min: " + R(() => checked(-I(int.MinValue))));
        Console.WriteLine("int 46341*46341: " + R(() => checked(I(46341) * 46341)));
        Console.WriteLine("int 46340*46340: " + R(() => checked(I(46340) * 46340)));
        Console.WriteLine("int min*-1: " + R(() => checked(I(int.MinValue) * -1)));
        Console.WriteLine("int min*1: " + R(() => checked(I(int.MinValue) * 1)));
        Console.WriteLine("int -65536*32768: " + R(() => checked(I(-65536) * 32768)));
        Console.WriteLine("int 65536*32768: " + R(() => checked(I(65536) * 32768)));
        Console.WriteLine("uint max+1: " + R(() => checked(U(uint.MaxValue) + 1)));
        Console.WriteLine("uint 0-1: " + R(() => checked(U(0) - 1)));
        Console.WriteLine("uint 5-5: " + R(() => checked(U(5) - 5)));
        Console.WriteLine("uint 65536*65536: " + R(() => checked(U(65536) * 65536)));
        Console.WriteLine("uint 65535*65537: " + R(() => checked(U(65535) * 65537)));
        Console.WriteLine("long max+1: " + R(() => checked(L(long.MaxValue) + 1)));
        Console.WriteLine("long min-1: " + R(() => checked(L(long.MinValue) - 1)));
        Console.WriteLine("long -min: " + R(() => checked(-L(long.MinValue))));
        Console.WriteLine("long 3037000500^2: " + R(() => checked(L(3037000500) * 3037000500)));
        Console.WriteLine("long 3037000499^2: " + R(() => checked(L(3037000499) * 3037000499)));
        Console.WriteLine("long min*-1: " + R(() => checked(L(long.MinValue) * -1)));
        Console.WriteLine("long -1*min: " + R(() => checked(L(-1) * long.MinValue)));
        Console.WriteLine("long 2^32*-2^31: " + R(() => checked(L(1L << 32) * -(1L << 31))));
        Console.WriteLine("long 2^32*2^31: " + R(() => checked(L(1L << 32) * (1L << 31))));
        Console.WriteLine("ulong max+1: " + R(() => checked(Q(ulong.MaxValue) + 1)));
        Console.WriteLine("ulong 0-1: " + R(() => checked(Q(0) - 1)));
        Console.WriteLine("ulong 2^32*2^32: " + R(() => checked(Q(1UL << 32) * (1UL << 32))));
        Console.WriteLine("ulong (2^32-1)*(2^32+1): " + R(() => checked(Q(0xFFFFFFFFUL) * 0x100000001UL)));
        Console.WriteLine("ulong 2^63*2: " + R(() => checked(Q(1UL << 63) * 2)));
        Console.WriteLine("ulong 2^63*1: " + R(() => checked(Q(1UL << 63) * 1)));
        Console.WriteLine("int++ at max: " + R(() => { int x = I(int.MaxValue); checked { x++; } return x; }));
        Console.WriteLine("int-- at min: " + R(() => { int x = I(int.MinValue); checked { --x; } return x; }));
        Console.WriteLine("byte += in checked: " + R(() => { byte b = 200; checked { b += 100; } return b; }));
        Console.WriteLine("short *= in checked: " + R(() => { short s = 200; checked { s *= 200; } return s; }));
        Console.WriteLine("unchecked inside checked: " + R(() => { checked { int x = I(int.MaxValue); return unchecked(x + 1); } }));
        Console.WriteLine("checked sum loop: " + R(() => { int s = 0; checked { for (int i = 0; i < 100000; i++) s += i; } return s; }));
        Console.WriteLine("checked sum loop small: " + R(() => { int s = 0; checked { for (int i = 0; i < 60000; i++) s += i; } return s; }));
    }
}
