// P/Invoke into libc and libm: blittable integers and floats both ways, out/ref pointers,
// string in (UTF-8) and string out (freed by the runtime, as mono does), chars and bools.
using System;
using System.Runtime.InteropServices;

static class Native {
    [DllImport("libc")] public static extern int strlen(string s);
    [DllImport("libc")] public static extern int abs(int x);
    [DllImport("libc")] public static extern long labs(long x);
    [DllImport("libc")] public static extern int getpid();
    // The end pointer points into the string: pass memory the program owns (a string argument
    // is a temporary copy, freed when the call returns).
    [DllImport("libc")] public static extern long strtol(IntPtr s, out IntPtr end, int radix);
    [DllImport("libc", EntryPoint = "strtol")] public static extern long strtolRef(IntPtr s, ref IntPtr end, int radix);
    [DllImport("libc")] public static extern ulong strtoull(string s, IntPtr end, int radix);
    [DllImport("libc")] public static extern double atof(string s);
    [DllImport("libc")] public static extern string strdup(string s);
    [DllImport("libc", EntryPoint = "strdup")] public static extern IntPtr strdupPointer(string s);
    [DllImport("libc")] public static extern void free(IntPtr p);
    [DllImport("libc")] public static extern char toupper(char c);
    // BOOL results: 0 and 1 only (mono reads only the low byte of a BOOL result, where Ilex
    // takes any non-zero value as true, as the Win32 BOOL contract and .NET do).
    [DllImport("libc", EntryPoint = "abs")] public static extern bool absAsBool(int x);
    [DllImport("libc", EntryPoint = "isalpha")] [return: MarshalAs(UnmanagedType.I1)] public static extern bool isalphaByte(int c);
    [DllImport("libc")] public static extern int isspace([MarshalAs(UnmanagedType.U1)] byte c);
    [DllImport("libm.so.6")] public static extern double pow(double x, double y);
    [DllImport("libm.so.6")] public static extern float sqrtf(float x);
    [DllImport("libm.so.6")] public static extern double ldexp(double x, int e);
    [DllImport("libm.so.6")] public static extern double fma(double x, double y, double z);
    [DllImport("libc")] public static extern short htons(short x);
    [DllImport("libc")] public static extern uint htonl(uint x);
    [DllImport("libc")] public static extern byte toascii(byte c);
}

enum Radix { Octal = 8, Decimal = 10, Hex = 16 }

static class Native2 {
    [DllImport("libc")] public static extern long strtol(string s, IntPtr end, Radix radix);
}

class Program {
    static void Main() {
        Console.WriteLine(Native.strlen("hello"));
        Console.WriteLine(Native.strlen("h\u00e9llo \u20ac"));  // UTF-8: 2 + 3 bytes for é and €
        Console.WriteLine(Native.strlen(""));
        Console.WriteLine(Native.abs(-42));
        Console.WriteLine(Native.labs(-5000000000L));
        Console.WriteLine(Native.getpid() > 0);
        IntPtr text = Marshal.StringToHGlobalAnsi("  1234xyz");
        IntPtr end;
        Console.WriteLine(Native.strtol(text, out end, 10));
        Console.WriteLine(Marshal.PtrToStringAnsi(end) + " at " + (end.ToInt64() - text.ToInt64()));
        Marshal.FreeHGlobal(text);
        text = Marshal.StringToHGlobalAnsi("ff rest");
        IntPtr end2 = IntPtr.Zero;
        Console.WriteLine(Native.strtolRef(text, ref end2, 16) + " [" + Marshal.PtrToStringAnsi(end2) + "]");
        Marshal.FreeHGlobal(text);
        Console.WriteLine(Native2.strtol("777", IntPtr.Zero, Radix.Octal));
        Console.WriteLine(Native.strtoull("18446744073709551615", IntPtr.Zero, 10));
        Console.WriteLine(Native.atof("2.5e3"));
        Console.WriteLine(Native.strdup("copied \u00fcber"));
        IntPtr p = Native.strdupPointer("pointer");
        Console.WriteLine(Marshal.PtrToStringAnsi(p));
        Console.WriteLine(Marshal.PtrToStringAnsi(p, 3));
        Native.free(p);
        Console.WriteLine(Native.toupper('q'));
        Console.WriteLine(Native.absAsBool(-1) + " " + Native.absAsBool(0));
        Console.WriteLine(Native.isalphaByte('a'));  // glibc returns 1024: its low byte is 0
        Console.WriteLine(Native.isspace((byte)' ') != 0);
        Console.WriteLine(Native.pow(2, 10));
        Console.WriteLine(Native.sqrtf(2.25f));
        Console.WriteLine(Native.ldexp(0.75, 4));
        Console.WriteLine(Native.fma(1.5, 2, 0.25));
        Console.WriteLine(Native.htons(0x1234).ToString("x"));
        Console.WriteLine(Native.htonl(0x11223344).ToString("x"));
        Console.WriteLine(Native.toascii(200));
    }
}
