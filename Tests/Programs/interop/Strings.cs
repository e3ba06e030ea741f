// Strings crossing to C: UTF-8 by default (LPStr is UTF-8 on mono/Linux), UTF-16 with
// CharSet.Unicode or LPWStr, null as NULL, StringBuilder as an in/out buffer of its capacity,
// string results converted and freed.
using System;
using System.Runtime.InteropServices;
using System.Text;

static class C {
    [DllImport("libc")] public static extern int snprintf(StringBuilder buffer, UIntPtr size, string format, int value);
    [DllImport("libc", EntryPoint = "snprintf")] public static extern int snprintf2(StringBuilder buffer, UIntPtr size, string format, string a, double b);
    [DllImport("libc")] public static extern IntPtr strcpy(StringBuilder destination, string source);
    [DllImport("libc")] public static extern IntPtr strcat([In, Out] StringBuilder destination, string source);
    [DllImport("libc")] public static extern int strcmp(string a, string b);
    [DllImport("libc")] public static extern int strlen([MarshalAs(UnmanagedType.LPUTF8Str)] string s);
    [DllImport("libc", CharSet = CharSet.Unicode)] public static extern IntPtr memcpy(byte[] destination, string source, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy")] public static extern IntPtr memcpyWide(byte[] destination, [MarshalAs(UnmanagedType.LPWStr)] string source, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy")] public static extern IntPtr memcpyAnsi(byte[] destination, string source, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy", CharSet = CharSet.Unicode)] public static extern IntPtr memcpyChars(char[] destination, string source, UIntPtr count);
    [DllImport("libc")] public static extern string strdup(string s);
    [DllImport("libc", EntryPoint = "strdup")] [return: MarshalAs(UnmanagedType.LPStr)] public static extern string strdupLP(string s);
    [DllImport("libc", EntryPoint = "strchr")] public static extern IntPtr strchr(string s, int c);
}

class Program {
    static void Main() {
        var sb = new StringBuilder(32);
        int n = C.snprintf(sb, (UIntPtr)sb.Capacity, "value=%05d", 42);
        Console.WriteLine(n + " [" + sb + "]");
        sb = new StringBuilder(64);
        C.snprintf2(sb, (UIntPtr)sb.Capacity, "%s and %.3f", "caf\u00e9", 3.14159);
        Console.WriteLine(sb.ToString() + " " + sb.Length);
        var small = new StringBuilder(4);
        Console.WriteLine(C.snprintf(small, (UIntPtr)small.Capacity, "%d", 123456) + " [" + small + "]");
        var sb2 = new StringBuilder("start:", 40);
        C.strcat(sb2, "more");
        Console.WriteLine(sb2);
        var sb3 = new StringBuilder(20);
        C.strcpy(sb3, "copied");
        Console.WriteLine(sb3 + " " + sb3.Length);
        Console.WriteLine(Math.Sign(C.strcmp("apple", "banana")) + " " + C.strcmp("same", "same"));
        Console.WriteLine(C.strlen("\u00e9\u00e8\u4e2d"));
        var bytes = new byte[12];
        C.memcpy(bytes, "Ab\u00e9", (UIntPtr)8);
        Console.WriteLine(BitConverter.ToString(bytes));
        bytes = new byte[12];
        C.memcpyWide(bytes, "xy", (UIntPtr)6);
        Console.WriteLine(BitConverter.ToString(bytes));
        bytes = new byte[12];
        C.memcpyAnsi(bytes, "\u20ac!", (UIntPtr)5);
        Console.WriteLine(BitConverter.ToString(bytes));
        var chars = new char[3];
        C.memcpyChars(chars, "chr", (UIntPtr)6);
        Console.WriteLine(new string(chars));
        Console.WriteLine(C.strdup("dup \ud83d\ude00 done"));
        Console.WriteLine(C.strdupLP("lp"));
        Console.WriteLine(C.strdup("").Length);
        Console.WriteLine(C.strchr("abc", 'z') == IntPtr.Zero);
        Console.WriteLine(Marshal.PtrToStringUni(Marshal.StringToHGlobalUni("wide text")));
        IntPtr ansi = Marshal.StringToHGlobalAnsi("ansi \u00e4");
        Console.WriteLine(Marshal.PtrToStringAnsi(ansi) + " " + C.strlen(Marshal.PtrToStringAnsi(ansi)));
        Marshal.FreeHGlobal(ansi);
    }
}
