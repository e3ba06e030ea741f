// Reverse P/Invoke: delegates passed to C as function pointers (qsort, bsearch), closures over
// instance state, Marshal.GetFunctionPointerForDelegate, and an exception thrown by a callback
// arriving after the native call returns.
using System;
using System.Runtime.InteropServices;

unsafe delegate int Comparison(void* a, void* b);
delegate int IntComparison(IntPtr a, IntPtr b);
delegate double Transform(double x, int scale);

static class C {
    [DllImport("libc")] public static extern unsafe void qsort(int[] items, UIntPtr count, UIntPtr size, Comparison compare);
    [DllImport("libc", EntryPoint = "qsort")] public static extern void qsortDoubles(double[] items, UIntPtr count, UIntPtr size, IntComparison compare);
    [DllImport("libc", EntryPoint = "qsort")] public static extern void qsortPointer(int[] items, UIntPtr count, UIntPtr size, IntPtr compare);
    [DllImport("libc")] public static extern unsafe int* bsearch(ref int key, int[] items, UIntPtr count, UIntPtr size, Comparison compare);
}

class Counter {
    public int Calls;
    public unsafe int Descending(void* a, void* b) { Calls++; return *(int*)b - *(int*)a; }
}

class Program {
    static unsafe int Ascending(void* a, void* b) { return *(int*)a - *(int*)b; }

    static string Show(int[] items) { return string.Join(",", items); }

    static unsafe void Main() {
        var items = new[] { 5, 3, 9, 1, 7, 2, 8 };
        C.qsort(items, (UIntPtr)items.Length, (UIntPtr)4, Ascending);
        Console.WriteLine(Show(items));
        var counter = new Counter();
        C.qsort(items, (UIntPtr)items.Length, (UIntPtr)4, counter.Descending);
        Console.WriteLine(Show(items) + " " + (counter.Calls > 0));
        var doubles = new[] { 2.5, -1.0, 3.25, 0.0 };
        C.qsortDoubles(doubles, (UIntPtr)doubles.Length, (UIntPtr)8, (a, b) => Math.Sign(Marshal.PtrToStructure<double>(a) - Marshal.PtrToStructure<double>(b)));
        Console.WriteLine(string.Join(" ", doubles));
        Comparison keep = Ascending;
        IntPtr pointer = Marshal.GetFunctionPointerForDelegate(keep);
        Console.WriteLine(pointer != IntPtr.Zero && pointer == Marshal.GetFunctionPointerForDelegate(keep));
        C.qsortPointer(items, (UIntPtr)items.Length, (UIntPtr)4, pointer);
        Console.WriteLine(Show(items));
        int key = 7;
        int* found = C.bsearch(ref key, items, (UIntPtr)items.Length, (UIntPtr)4, Ascending);
        Console.WriteLine(found != null ? "found " + *found : "not found");
        key = 4;
        Console.WriteLine(C.bsearch(ref key, items, (UIntPtr)items.Length, (UIntPtr)4, Ascending) == null);
        try {
            C.qsort(items, (UIntPtr)items.Length, (UIntPtr)4, (a, b) => { throw new InvalidOperationException("from the callback"); });
            Console.WriteLine("not reached");
        } catch (InvalidOperationException e) {
            Console.WriteLine("caught: " + e.Message);
        }
        GC.KeepAlive(keep);
    }
}
