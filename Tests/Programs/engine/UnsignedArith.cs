// Unsigned arithmetic: uint/ulong wrap-around, comparisons above the signed range (clt.un/cgt.un),
// unsigned division and remainder, mixed uint/int promotion to long, ulong.MaxValue edges.
using System;
class UnsignedArith {
    static uint U(uint x) { return x; }
    static ulong Q(ulong x) { return x; }
    static void Main() {
        uint a = U(0xFFFFFFFF), b = U(1), h = U(0x80000000);
        Console.WriteLine("max + 1: " + (a + b));
        Console.WriteLine("0 - 1: " + (U(0) - b));
        Console.WriteLine("max * max: " + (a * a));
        Console.WriteLine("h > 1: " + (h > b) + ", h < 1: " + (h < b) + ", h >= h: " + (h >= U(h)) + ", h <= 0x7FFFFFFF: " + (h <= U(0x7FFFFFFF)));
        Console.WriteLine("max / 3: " + (a / 3) + ", max % 10: " + (a % 10));
        Console.WriteLine("h / 0x7FFFFFFF: " + (h / U(0x7FFFFFFF)));
        int n = -1;
        Console.WriteLine("uint + int (promotes to long): " + (a + n));
        Console.WriteLine("uint == -1 (long compare): " + (a == n));
        Console.WriteLine("(int)uint.Max: " + (int)a + ", (uint)-1: " + (uint)n);
        ulong qa = Q(ulong.MaxValue), qh = Q(0x8000000000000000UL);
        Console.WriteLine("ulong max + 1: " + (qa + 1));
        Console.WriteLine("ulong 0 - 1: " + (Q(0) - 1));
        Console.WriteLine("qh > 1: " + (qh > 1) + ", qh < 1: " + (qh < 1));
        Console.WriteLine("ulong max / 7: " + (qa / 7) + ", % 7: " + (qa % 7));
        Console.WriteLine("ulong max / qh: " + (qa / qh) + ", % qh: " + (qa % qh));
        Console.WriteLine("ulong max * 3: " + (qa * 3));
        Console.WriteLine("(long)ulong.Max: " + (long)qa + ", (ulong)long.MinValue: " + unchecked((ulong)long.MinValue));
        Console.WriteLine("ulong max >> 1: " + (qa >> 1) + ", (long)max >> 1: " + ((long)qa >> 1));
        ushort us = 65535; us++; Console.WriteLine("ushort wrap: " + us);
        byte by = 0; by--; Console.WriteLine("byte wrap: " + by);
        uint cnt = 0; for (uint i = 10; i < 20; i--) cnt++; Console.WriteLine("loop counting down uint until wrap: " + cnt);
        ulong big = 10000000000000000000UL; Console.WriteLine("big.ToString: " + big + ", big / 3: " + big / 3);
        Console.WriteLine("uint compare in sort order: " + string.Join(",", Sorted(new uint[] { 5, 0xFFFFFFFF, 0x80000000, 0, 0x7FFFFFFF })));
    }
    static uint[] Sorted(uint[] v) {
        for (int i = 0; i < v.Length; i++) for (int j = i + 1; j < v.Length; j++) if (v[j] < v[i]) { uint t = v[i]; v[i] = v[j]; v[j] = t; }
        return v;
    }
}
