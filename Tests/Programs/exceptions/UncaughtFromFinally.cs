// An exception thrown by a finally block during a normal exit (no exception before), with no
// handler: exit 1 on mono; what was printed before stays on stdout.
using System;
class UncaughtFromFinally {
    static void Work() { try { Console.WriteLine("working"); } finally { Console.WriteLine("finally throws"); throw new InvalidOperationException("from finally"); } }
    static void Main() { Work(); Console.WriteLine("never"); }
}
