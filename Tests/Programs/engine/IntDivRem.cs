// Integer division and remainder at the edges: signs of quotient and remainder, MinValue / -1 and
// MinValue % -1 (OverflowException on mono, for int and long), division by zero for every integer
// type, unsigned division of values above the signed range; one line per case.
using System;
class IntDivRem {
    static string Div(int a, int b) { try { return (a / b).ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static string Rem(int a, int b) { try { return (a % b).ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static string Div(long a, long b) { try { return (a / b).ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static string Rem(long a, long b) { try { return (a % b).ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static string Div(uint a, uint b) { try { return (a / b).ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static string Rem(uint a, uint b) { try { return (a % b).ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static string Div(ulong a, ulong b) { try { return (a / b).ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static string Rem(ulong a, ulong b) { try { return (a % b).ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static void Main() {
        int[] ia = { 7, -7, 7, -7, 0, 1, -1, int.MaxValue, int.MinValue, int.MinValue, int.MinValue, int.MinValue, int.MaxValue, 5 };
        int[] ib = { 2, 2, -2, -2, 5, 0, 0, -1, -1, 1, 2, int.MinValue, int.MinValue, int.MaxValue };
        for (int i = 0; i < ia.Length; i++)
            Console.WriteLine("int " + ia[i] + " / " + ib[i] + " = " + Div(ia[i], ib[i]) + ", % = " + Rem(ia[i], ib[i]));
        long[] la = { 7, -7, 7, -7, long.MaxValue, long.MinValue, long.MinValue, long.MinValue, -9000000000000000000L, 1L << 40 };
        long[] lb = { 2, 2, -2, -2, -1, -1, 1, 0, 7, -(1L << 20) };
        for (int i = 0; i < la.Length; i++)
            Console.WriteLine("long " + la[i] + " / " + lb[i] + " = " + Div(la[i], lb[i]) + ", % = " + Rem(la[i], lb[i]));
        uint[] ua = { 0xFFFFFFFF, 0x80000000, 7, 0xFFFFFFFF, 3000000000 };
        uint[] ub = { 2, 0xFFFFFFFF, 0, 0x80000000, 7 };
        for (int i = 0; i < ua.Length; i++)
            Console.WriteLine("uint " + ua[i] + " / " + ub[i] + " = " + Div(ua[i], ub[i]) + ", % = " + Rem(ua[i], ub[i]));
        ulong[] qa = { ulong.MaxValue, 0x8000000000000000UL, 10, ulong.MaxValue, 18000000000000000000UL };
        ulong[] qb = { 2, ulong.MaxValue, 0, 0x8000000000000000UL, 1000000007 };
        for (int i = 0; i < qa.Length; i++)
            Console.WriteLine("ulong " + qa[i] + " / " + qb[i] + " = " + Div(qa[i], qb[i]) + ", % = " + Rem(qa[i], qb[i]));
        short s1 = short.MinValue, s2 = -1; Console.WriteLine("short MinValue / -1 = " + (s1 / s2) + " (promoted), as short " + (short)(s1 / s2));
        sbyte b1 = sbyte.MinValue, b2 = -1; Console.WriteLine("sbyte MinValue / -1 = " + (b1 / b2) + ", % = " + (b1 % b2));
        byte y1 = 255, y2 = 0;
        try { Console.WriteLine(y1 / y2); } catch (DivideByZeroException) { Console.WriteLine("byte / 0: DivideByZeroException"); }
        char c1 = 'z', c2 = '\0';
        try { Console.WriteLine(c1 % c2); } catch (DivideByZeroException) { Console.WriteLine("char % 0: DivideByZeroException"); }
        int zero = 0;
        try { int r = 0 / zero; Console.WriteLine(r); } catch (DivideByZeroException) { Console.WriteLine("0 / 0: DivideByZeroException"); }
        int x = 17; x /= -3; Console.WriteLine("17 /= -3: " + x); x %= 4; Console.WriteLine("then %= 4: " + x);
    }
}
