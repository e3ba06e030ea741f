// Garbage collection seen from the program: a weak reference clears once its object is garbage
// and GC.Collect runs; a strong GCHandle keeps its object; a pinned array's address stays put.
using System;
using System.Runtime.InteropServices;
class Payload { public int[] Data = new int[100]; }
class WeakReferences {
    static WeakReference MakeWeak() { return new WeakReference(new Payload()); }
    static GCHandle MakeStrong() { return GCHandle.Alloc(new Payload(), GCHandleType.Normal); }
    static void Main() {
        WeakReference weak = MakeWeak();
        GCHandle strong = MakeStrong();
        var keep = new Payload();
        WeakReference weakKept = new WeakReference(keep);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Console.WriteLine("weak alive: " + weak.IsAlive);
        Console.WriteLine("kept alive: " + weakKept.IsAlive + " " + (weakKept.Target == keep));
        Console.WriteLine("strong target: " + (strong.Target is Payload));
        strong.Free();
        byte[] bytes = new byte[16];
        GCHandle pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        IntPtr before = pin.AddrOfPinnedObject();
        for (int i = 0; i < 1000; i++) { var garbage = new Payload(); }
        GC.Collect();
        Console.WriteLine("pinned address stable: " + (before == pin.AddrOfPinnedObject()));
        pin.Free();
        GC.KeepAlive(keep);
    }
}
