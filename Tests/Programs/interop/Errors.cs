// errno through SetLastError=true and Marshal.GetLastWin32Error; a missing library and a missing
// entry point raise DllNotFoundException and EntryPointNotFoundException at each call, with
// mono's messages; the dllmap maps names (sqlite -> libsqlite.so.0, from /etc/mono/config).
using System;
using System.Runtime.InteropServices;

static class C {
    [DllImport("libc", SetLastError = true)] public static extern int open(string path, int flags);
    [DllImport("libc", SetLastError = true)] public static extern int close(int fd);
    [DllImport("libc", SetLastError = true)] public static extern int chdir(string path);
    [DllImport("libc")] public static extern int getpid();
    [DllImport("no_such_library_ilex")] public static extern int Missing(int x);
    [DllImport("no_such_library_ilex.dll", EntryPoint = "other")] public static extern void MissingDll();
    [DllImport("libc")] public static extern int no_such_function_ilex(int x);
    [DllImport("libc", EntryPoint = "no_such_entry_ilex", CharSet = CharSet.Unicode)] public static extern int MissingUnicode(string s);
    [DllImport("libc", ExactSpelling = true)] public static extern int getpidA();
    [DllImport("sqlite")] public static extern int sqlite_open();
}

class Program {
    static void Main() {
        Console.WriteLine(C.open("/nonexistent-ilex/file", 0));
        Console.WriteLine(Marshal.GetLastWin32Error());  // ENOENT
        Console.WriteLine(C.chdir("/etc/passwd"));
        Console.WriteLine(Marshal.GetLastWin32Error());  // ENOTDIR
        Console.WriteLine(C.close(-1) + " " + Marshal.GetLastWin32Error());  // EBADF
        C.getpid();  // no SetLastError: the last error stays
        Console.WriteLine(Marshal.GetLastWin32Error());
        for (int i = 0; i < 2; i++) {
            try { C.Missing(1); } catch (DllNotFoundException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        }
        try { C.MissingDll(); } catch (DllNotFoundException e) { Console.WriteLine(e.Message); }
        try { C.no_such_function_ilex(1); } catch (EntryPointNotFoundException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { C.MissingUnicode("x"); } catch (EntryPointNotFoundException e) { Console.WriteLine(e.Message); }
        try { C.getpidA(); } catch (EntryPointNotFoundException e) { Console.WriteLine(e.Message); }
        try { C.sqlite_open(); } catch (DllNotFoundException e) { Console.WriteLine(e.Message); }
        try { C.Missing(2); } catch (TypeLoadException e) { Console.WriteLine("caught as " + e.GetType().BaseType.Name); }
    }
}
