// An exception thrown from inside a catch handler, with nothing outside to catch it: exit 1 on mono;
// output printed by the handler before the throw survives.
using System;
class UncaughtFromCatch {
    static int Main() {
        try { throw new ArgumentException("first"); }
        catch (ArgumentException e) { Console.WriteLine("caught " + e.Message); throw new InvalidOperationException("second"); }
    }
}
