// Finalization and resurrection: a finalizer that stores `this` brings the object back (it runs
// once: not again unless ReRegisterForFinalize); a short weak reference clears when the object is
// found unreachable, a long one (trackResurrection) follows it while it is resurrected.
using System;
using System.Runtime.CompilerServices;
class Phoenix {
    public static Phoenix Saved;
    public static int Runs;
    public string Name;
    ~Phoenix() { Runs++; Saved = this; }
}
class Resurrection {
    static WeakReference shortRef, longRef;
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Make() {
        var p = new Phoenix { Name = "phoenix" };
        shortRef = new WeakReference(p, false);
        longRef = new WeakReference(p, true);
    }
    static void Collect() { GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); }
    static void Main() {
        Make();
        Collect();
        Console.WriteLine("finalizer runs: " + Phoenix.Runs);
        Console.WriteLine("resurrected: " + (Phoenix.Saved != null ? Phoenix.Saved.Name : "null"));
        Console.WriteLine("short weak alive: " + shortRef.IsAlive);
        Console.WriteLine("long weak alive: " + longRef.IsAlive + ", same object: " + ReferenceEquals(longRef.Target, Phoenix.Saved));
        // Registered again, it is finalized (and resurrected) once more.
        GC.ReRegisterForFinalize(Phoenix.Saved);
        Phoenix.Saved.Name = "twice";
        Phoenix.Saved = null;
        Collect();
        Console.WriteLine("after ReRegisterForFinalize, finalizer runs: " + Phoenix.Runs + ", saved " + (Phoenix.Saved != null ? Phoenix.Saved.Name : "null"));
        // Not registered again: dropping it is final.
        Phoenix.Saved = null;
        Collect();
        Console.WriteLine("dropped for good, finalizer runs: " + Phoenix.Runs + " (no third run)");
        Console.WriteLine("long weak alive: " + longRef.IsAlive);
    }
}
