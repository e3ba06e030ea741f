// Finalizers: an unreachable object's finalizer runs once after a collection (here when the
// program waits for pending finalizers); GC.SuppressFinalize prevents it; a reachable object's
// does not run.
using System;
class Tracked {
    public static int Finalized;
    public int Id;
    public Tracked(int id) { Id = id; }
    ~Tracked() { Finalized += Id; }
}
class Finalizers {
    static void Make(int id, bool suppress) { var t = new Tracked(id); if (suppress) GC.SuppressFinalize(t); }
    static void Main() {
        Make(1, false);
        Make(10, true);
        Make(100, false);
        var kept = new Tracked(1000);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine("finalized: " + Tracked.Finalized);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine("again: " + Tracked.Finalized);
        GC.KeepAlive(kept);
    }
}
