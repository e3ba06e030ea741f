// An exception thrown in a finally replaces the one being propagated (the original is lost); an
// exception thrown in a catch replaces the caught one (InnerException only if passed); nested
// replacement across frames; a finally that catches its own exception leaves the original going;
// exceptions thrown while a filter ran (first pass) and the finally order of the replacement.
using System;
using System.Text;
class ExceptionReplace {
    static StringBuilder log = new StringBuilder();
    static void FinallyThrows() { try { throw new ArgumentException("original"); } finally { log.Append("finally "); throw new InvalidOperationException("replacement"); } }
    static void CatchThrows() { try { throw new ArgumentException("first"); } catch (ArgumentException e) { throw new FormatException("second", e); } }
    static void Deep(int n) { try { if (n == 0) throw new Exception("bottom"); Deep(n - 1); } finally { log.Append("d" + n + " "); if (n == 2) throw new Exception("replaced at 2"); } }
    static void FinallyCatchesOwn() { try { throw new ArgumentException("kept"); } finally { try { throw new Exception("inner"); } catch (Exception) { log.Append("inner caught "); } } }
    static void Main() {
        try { FinallyThrows(); } catch (ArgumentException) { Console.WriteLine("original (wrong)"); } catch (InvalidOperationException e) { Console.WriteLine("finally replaced: " + e.Message + " after " + log); }
        try { CatchThrows(); } catch (FormatException e) { Console.WriteLine("catch replaced: " + e.Message + ", inner " + e.InnerException.GetType().Name + " " + e.InnerException.Message); }
        log.Clear(); try { Deep(4); } catch (Exception e) { Console.WriteLine("deep replacement: " + e.Message + ", finallys " + log); }
        log.Clear(); try { FinallyCatchesOwn(); } catch (ArgumentException e) { Console.WriteLine("original survives: " + e.Message + " " + log); }
        log.Clear();
        try {
            try { throw new ArgumentException("a"); }
            finally { log.Append("f1 "); try { throw new FormatException("b"); } finally { log.Append("f2 "); } }
        } catch (Exception e) { Console.WriteLine("nested finally throws: " + e.GetType().Name + " " + e.Message + " " + log); }
        try {
            try { throw new Exception("in try"); }
            catch (Exception) { try { throw new ArgumentException("in catch"); } finally { log.Append("catch-finally "); } }
        } catch (Exception e) { Console.WriteLine("thrown in catch through its own finally: " + e.Message + " " + log); }
    }
}
