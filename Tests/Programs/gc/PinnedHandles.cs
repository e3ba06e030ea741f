// GC handles: a pinned array keeps its address across collections and allocation churn; a
// normal handle keeps its object; a weak handle's target goes; freed handles are invalid.
using System;
using System.Runtime.InteropServices;
class PinnedHandles {
    static GCHandle MakeWeak() { return GCHandle.Alloc(new object[8], GCHandleType.Weak); }
    static void Main() {
        var data = new int[1000];
        for (int i = 0; i < data.Length; i++) data[i] = i * 3;
        var pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
        IntPtr address = pinned.AddrOfPinnedObject();
        var normal = GCHandle.Alloc(new string('x', 100));
        var weak = MakeWeak();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 20000; i++) { var junk = new byte[100]; junk[0] = (byte)i; }
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Console.WriteLine("pinned address unchanged: " + (pinned.AddrOfPinnedObject() == address));
        Console.WriteLine("read through the pinned address: " + Marshal.ReadInt32(address, 4 * 500));
        Console.WriteLine("normal handle target: " + ((string)normal.Target).Length);
        Console.WriteLine("weak handle target: " + (weak.Target == null ? "null" : "alive"));
        Console.WriteLine("allocated: " + pinned.IsAllocated + " " + normal.IsAllocated + " " + weak.IsAllocated);
        pinned.Free(); normal.Free(); weak.Free();
        Console.WriteLine("after Free: " + pinned.IsAllocated + " " + normal.IsAllocated + " " + weak.IsAllocated);
        try { object t = normal.Target; Console.WriteLine("target of a freed handle: no exception"); }
        catch (InvalidOperationException e) { Console.WriteLine("target of a freed handle: " + e.GetType().Name); }
        GC.KeepAlive(data);
    }
}
