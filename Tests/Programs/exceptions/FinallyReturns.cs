// return inside try with a finally: the return value is computed before the finally runs (a
// finally changing the local does not change an int return, but does mutate a returned object);
// nested try/finally with returns at each level run every finally innermost first; a finally that
// throws replaces the pending return; return from catch with finally; void return.
using System;
using System.Text;
class FinallyReturns {
    static StringBuilder log = new StringBuilder();
    static int ValueReturn() { int x = 1; try { return x; } finally { x = 2; log.Append("F1 "); } }
    static StringBuilder RefReturn() { StringBuilder sb = new StringBuilder("a"); try { return sb; } finally { sb.Append("b"); } }
    static int Nested() {
        try {
            try { try { log.Append("t3 "); return 3; } finally { log.Append("f3 "); } }
            finally { log.Append("f2 "); }
        } finally { log.Append("f1 "); }
    }
    static int ThrowingFinally() { try { return 1; } finally { throw new InvalidOperationException("from finally"); } }
    static int CatchReturn() { try { throw new Exception("x"); } catch (Exception) { log.Append("catch "); return 10; } finally { log.Append("finally "); } }
    static void VoidReturn(int n) { try { if (n > 0) { log.Append("early "); return; } log.Append("late "); } finally { log.Append("vf "); } }
    static int LoopReturn() { for (int i = 0; ; i++) { try { if (i == 2) return i * 100; } finally { log.Append("L" + i + " "); } } }
    static int ReturnInFinallyDisallowedSoAssign() { int r = 0; try { r = 1; return r; } finally { r = 99; } }
    static string TryCatchFinallyValue(bool fail) { string s = "init"; try { if (fail) throw new Exception(); s = "try"; return s; } catch { s = "catch"; return s; } finally { s = "finally"; log.Append("[" + s + "] "); } }
    static void Main() {
        log.Clear(); Console.WriteLine("value return: " + ValueReturn() + " " + log);
        Console.WriteLine("reference return mutated by finally: " + RefReturn());
        log.Clear(); Console.WriteLine("nested returns: " + Nested() + " " + log);
        try { ThrowingFinally(); Console.WriteLine("no exception"); } catch (InvalidOperationException e) { Console.WriteLine("finally throw replaces return: " + e.Message); }
        log.Clear(); Console.WriteLine("return from catch: " + CatchReturn() + " " + log);
        log.Clear(); VoidReturn(1); VoidReturn(0); Console.WriteLine("void returns: " + log);
        log.Clear(); Console.WriteLine("return from loop in try: " + LoopReturn() + " " + log);
        Console.WriteLine("assigned in finally after return: " + ReturnInFinallyDisallowedSoAssign());
        log.Clear(); Console.WriteLine("try/catch/finally values: " + TryCatchFinallyValue(false) + " " + TryCatchFinallyValue(true) + " " + log);
    }
}
