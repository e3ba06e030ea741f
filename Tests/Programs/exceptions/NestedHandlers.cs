// Handlers inside handlers: a new exception thrown and caught inside a catch block while the first
// is still being handled (then `throw;` still rethrows the first), catch inside finally during
// unwinding, three levels of catch-within-catch with different types, an exception escaping a
// catch's own nested try/finally, and the order of all the blocks recorded.
using System;
using System.Text;
class NestedHandlers {
    static StringBuilder log = new StringBuilder();
    static void Main() {
        try {
            try { throw new ArgumentException("first"); }
            catch (ArgumentException) {
                try { throw new FormatException("second"); } catch (FormatException f) { log.Append("inner:" + f.Message + " "); }
                throw;
            }
        } catch (Exception e) { log.Append("outer:" + e.Message); }
        Console.WriteLine("rethrow after a nested catch: " + log); log.Clear();
        try {
            try { throw new InvalidOperationException("unwinding"); }
            finally { try { throw new FormatException("in finally"); } catch (FormatException f) { log.Append("caught " + f.Message + "; "); } }
        } catch (InvalidOperationException e) { log.Append("then " + e.Message); }
        Console.WriteLine("catch inside finally during unwind: " + log); log.Clear();
        try { throw new Exception("L1"); }
        catch (Exception e1) {
            try { throw new ArgumentException("L2"); }
            catch (ArgumentException e2) {
                try { throw new FormatException("L3"); }
                catch (FormatException e3) { log.Append(e1.Message + e2.Message + e3.Message); }
            }
        }
        Console.WriteLine("three levels: " + log); log.Clear();
        try {
            try { throw new Exception("a"); }
            catch (Exception) { try { log.Append("catch-try "); throw new ArgumentException("b"); } finally { log.Append("catch-finally "); } }
            finally { log.Append("outer-finally "); }
        } catch (ArgumentException e) { log.Append("got " + e.Message); }
        Console.WriteLine("escape from a catch's try/finally: " + log); log.Clear();
        int handled = 0;
        for (int i = 0; i < 100; i++) { try { try { throw new Exception(); } catch { if (i % 2 == 0) throw new ArgumentException(); handled++; } } catch (ArgumentException) { handled += 10; } }
        Console.WriteLine("100 iterations of throw-in-catch: " + handled);
    }
}
