// lock statements on one thread: re-entrant locking of the same object, nested locks on different
// objects, Monitor.Enter/Exit pairing, the lock released when an exception leaves the block
// (Monitor.IsEntered before and after), lock on a type object and a string literal, lock inside a
// loop with break/continue, and Monitor.Exit of an unowned lock (SynchronizationLockException).
using System;
using System.Threading;
class Lock {
    static readonly object gate = new object(), other = new object();
    static int Reenter(int n) { lock (gate) { return n == 0 ? 0 : 1 + Reenter(n - 1); } }
    static object NullObj() { return null; }
    static void Main() {
        Console.WriteLine("reentrant depth 50: " + Reenter(50) + ", held after: " + Monitor.IsEntered(gate));
        lock (gate) { lock (other) { Console.WriteLine("nested: " + Monitor.IsEntered(gate) + " " + Monitor.IsEntered(other)); } Console.WriteLine("inner released: " + Monitor.IsEntered(other)); }
        try { lock (gate) { Console.WriteLine("held inside: " + Monitor.IsEntered(gate)); throw new InvalidOperationException("in lock"); } }
        catch (InvalidOperationException e) { Console.WriteLine("after exception " + e.Message + ", held: " + Monitor.IsEntered(gate)); }
        Monitor.Enter(gate); Monitor.Enter(gate); Monitor.Exit(gate); Console.WriteLine("entered twice, exited once: " + Monitor.IsEntered(gate)); Monitor.Exit(gate); Console.WriteLine("exited twice: " + Monitor.IsEntered(gate));
        lock (typeof(Lock)) { lock ("literal") { Console.WriteLine("type and string locks ok"); } }
        int sum = 0; for (int i = 0; i < 10; i++) { lock (gate) { if (i == 7) break; if (i % 2 == 0) continue; sum += i; } } Console.WriteLine("loop with break/continue: " + sum + ", held: " + Monitor.IsEntered(gate));
        try { Monitor.Exit(other); Console.WriteLine("no exception"); } catch (SynchronizationLockException) { Console.WriteLine("Exit of unowned lock: SynchronizationLockException"); }
        bool taken = false; try { Monitor.Enter(gate, ref taken); Console.WriteLine("Enter(ref taken): " + taken); } finally { if (taken) Monitor.Exit(gate); }
        Console.WriteLine("TryEnter: " + Monitor.TryEnter(other)); Monitor.Exit(other);
        try { lock (NullObj()) { } } catch (ArgumentNullException) { Console.WriteLine("lock(null): ArgumentNullException"); }
    }
}
