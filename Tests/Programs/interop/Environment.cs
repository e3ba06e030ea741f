// getenv/setenv/unsetenv through P/Invoke: getenv's result is libc's own memory, so it is
// declared IntPtr and read with Marshal.PtrToStringAnsi (a string result would be freed).
using System;
using System.Runtime.InteropServices;

static class C {
    [DllImport("libc")] public static extern IntPtr getenv(string name);
    [DllImport("libc")] public static extern int setenv(string name, string value, int overwrite);
    [DllImport("libc")] public static extern int unsetenv(string name);
}

class Program {
    static string Get(string name) {
        IntPtr value = C.getenv(name);
        return value == IntPtr.Zero ? "(null)" : Marshal.PtrToStringAnsi(value);
    }

    static void Main() {
        Console.WriteLine(Get("ILEX_INTEROP_TEST"));
        Console.WriteLine(C.setenv("ILEX_INTEROP_TEST", "first v\u00e4lue", 1));
        Console.WriteLine(Get("ILEX_INTEROP_TEST"));
        C.setenv("ILEX_INTEROP_TEST", "ignored", 0);
        Console.WriteLine(Get("ILEX_INTEROP_TEST"));
        C.setenv("ILEX_INTEROP_TEST", "second", 1);
        Console.WriteLine(Get("ILEX_INTEROP_TEST"));
        Console.WriteLine(C.unsetenv("ILEX_INTEROP_TEST"));
        Console.WriteLine(Get("ILEX_INTEROP_TEST"));
        Console.WriteLine(Get("PATH") != "(null)");
    }
}
