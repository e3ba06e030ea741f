// Exceptions and iterators: an exception thrown by the iterator body propagates out of MoveNext
// and the iterator's finally runs (on Dispose from foreach); an exception in the foreach body runs
// the iterator's finally through Dispose; a finally in the iterator that throws during Dispose;
// catching inside the iterator around code without yield.
using System;
using System.Collections.Generic;
using System.Text;
class IteratorExceptions {
    static StringBuilder log = new StringBuilder();
    static IEnumerable<int> Body(bool fail) { try { yield return 1; if (fail) throw new InvalidOperationException("body"); yield return 2; } finally { log.Append("iter-finally "); } }
    static IEnumerable<int> BadFinally() { try { yield return 1; } finally { throw new FormatException("dispose"); } }
    static IEnumerable<int> Guarded() { for (int i = 0; i < 4; i++) { int v; try { v = 10 / (i - 2); } catch (DivideByZeroException) { v = -1; } yield return v; } }
    static void Main() {
        try { foreach (int x in Body(true)) log.Append("got" + x + " "); } catch (InvalidOperationException e) { log.Append("caught " + e.Message); }
        Console.WriteLine("exception in iterator body: " + log); log.Clear();
        try { foreach (int x in Body(false)) { log.Append("got" + x + " "); throw new ArgumentException("loop"); } } catch (ArgumentException e) { log.Append("caught " + e.Message); }
        Console.WriteLine("exception in foreach body: " + log); log.Clear();
        try { foreach (int x in BadFinally()) { log.Append("got" + x + " "); break; } } catch (FormatException e) { log.Append("caught " + e.Message); }
        Console.WriteLine("finally throws on Dispose: " + log); log.Clear();
        Console.WriteLine("try/catch inside iterator: " + string.Join(",", Guarded()));
    }
}
