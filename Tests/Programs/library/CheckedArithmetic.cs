// checked/unchecked arithmetic in library-like code: overflow detection in sums, factorial, conversions, checked casts, unchecked hashing, Math.* overflow, decimal overflow, safe add helpers.
using System;
using System.Linq;
class CheckedArithmetic {
    static int SafeAdd(int a, int b, out bool overflow) { try { overflow = false; return checked(a + b); } catch (OverflowException) { overflow = true; return 0; } }
    static long Factorial(int n) { long r = 1; for (int i = 2; i <= n; i++) r = checked(r * i); return r; }
    static int Fnv(string s) { unchecked { int h = (int)2166136261; foreach (char c in s) h = (h ^ c) * 16777619; return h; } }
    static void Main() {
        bool of;
        Console.WriteLine(SafeAdd(1, 2, out of) + " " + of);
        Console.WriteLine(SafeAdd(int.MaxValue, 1, out of) + " " + of);
        Console.WriteLine(SafeAdd(int.MinValue, -1, out of) + " " + of);
        for (int n = 18; n <= 22; n++) { try { Console.WriteLine(n + "! = " + Factorial(n)); } catch (OverflowException) { Console.WriteLine(n + "! overflows long"); } }
        Console.WriteLine(unchecked(int.MaxValue + 1) + " " + unchecked((byte)300) + " " + unchecked((sbyte)200) + " " + unchecked((uint)-1) + " " + unchecked((short)70000));
        try { int x = 300; byte b = checked((byte)x); Console.WriteLine(b); } catch (OverflowException e) { Console.WriteLine("byte: " + e.GetType().Name); }
        try { long big = long.MaxValue; int i = checked((int)big); Console.WriteLine(i); } catch (OverflowException) { Console.WriteLine("long->int overflow"); }
        try { double d = 1e20; long l = checked((long)d); Console.WriteLine(l); } catch (OverflowException) { Console.WriteLine("double->long overflow"); }
        try { int neg = -5; uint u = checked((uint)neg); Console.WriteLine(u); } catch (OverflowException) { Console.WriteLine("negative->uint overflow"); }
        try { checked { int m = int.MinValue; m = -m; Console.WriteLine(m); } } catch (OverflowException) { Console.WriteLine("negate MinValue overflow"); }
        try { checked { ulong z = 0; z--; } } catch (OverflowException) { Console.WriteLine("ulong underflow"); }
        try { checked { short s = short.MaxValue; s++; } } catch (OverflowException) { Console.WriteLine("short++ overflow"); }
        try { checked { int m = 1 << 30; m *= 4; } } catch (OverflowException) { Console.WriteLine("mul overflow"); }
        try { Console.WriteLine(Enumerable.Range(0, 3).Select(_ => int.MaxValue).Sum()); } catch (OverflowException) { Console.WriteLine("LINQ Sum overflow"); }
        Console.WriteLine(Enumerable.Range(0, 3).Select(_ => (long)int.MaxValue).Sum());
        try { decimal d = decimal.MaxValue; d += 1; Console.WriteLine(d); } catch (OverflowException) { Console.WriteLine("decimal overflow"); }
        try { decimal two = 2; decimal d = decimal.MaxValue * two; Console.WriteLine(d); } catch (OverflowException) { Console.WriteLine("decimal mul overflow"); }
        Console.WriteLine((int)(uint.MaxValue & 0xFFFF) + " " + unchecked((int)0xFFFFFFFF) + " " + (-7 / 2) + " " + (-7 % 2) + " " + (7 >> 1) + " " + (-7 >> 1) + " " + (unchecked((uint)-7) >> 1));
        Console.WriteLine(Fnv("hello") + " " + Fnv("") + " " + Fnv("ilex"));
        int acc = 0;
        unchecked { for (int i = 0; i < 100000; i++) acc += i * i; }
        Console.WriteLine(acc);
        long lacc = 0;
        checked { for (int i = 0; i < 100000; i++) lacc += (long)i * i; }
        Console.WriteLine(lacc);
        Console.WriteLine(int.MaxValue + 1L);
        Console.WriteLine(unchecked(long.MinValue - 1) + " " + unchecked(ulong.MaxValue + 1));
        try { checked { var arr = new int[5]; int idx = int.MaxValue; idx += 1; Console.WriteLine(arr[idx]); } } catch (OverflowException) { Console.WriteLine("index overflow"); }
        double inf = double.MaxValue * 2;
        Console.WriteLine(double.IsInfinity(inf) + " " + checked(double.MaxValue * 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine(unchecked((int)3000000000L) + " " + unchecked((char)65601) + " " + (byte)(255 + 1 - 1));
        try { int m1 = -1; Console.WriteLine(checked((char)m1)); } catch (OverflowException) { Console.WriteLine("char overflow"); }
        long lmin = long.MinValue, m1l = -1;
        try { Console.WriteLine(lmin / m1l); } catch (OverflowException) { Console.WriteLine("long.MinValue / -1 overflows"); } catch (ArithmeticException e) { Console.WriteLine(e.GetType().Name); }
    }
}
