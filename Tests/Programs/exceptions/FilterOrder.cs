// Two-pass exception handling with filters: all filters from the throw point outward run (first
// pass) before any finally (second pass); a false filter lets the search continue outward; filter
// side effects are visible in the handler; filters over several frames; a filter sees the
// exception's state; when the handler is found, inner finally blocks run innermost first;
// filters on rethrow run again.
using System;
using System.Text;
class FilterOrder {
    static StringBuilder log = new StringBuilder();
    static bool F(string s, bool r) { log.Append(s + " "); return r; }
    static void Level3() { try { log.Append("throw "); throw new ApplicationException("x"); } finally { log.Append("fin3 "); } }
    static void Level2() { try { Level3(); } catch (ApplicationException) when (F("filter2", false)) { log.Append("catch2 "); } finally { log.Append("fin2 "); } }
    static void Level1() { try { Level2(); } catch (Exception) when (F("filter1", true)) { log.Append("catch1 "); } finally { log.Append("fin1 "); } }
    static int counter;
    static void Main() {
        Level1(); Console.WriteLine("order: " + log);
        log.Clear();
        try { try { throw new Exception("m"); } catch (Exception e) when (F("first " + e.Message, false)) { } catch (Exception) when (F("second", true)) { log.Append("second-handler "); } }
        catch (Exception) { log.Append("outer (wrong) "); }
        Console.WriteLine("sibling filters: " + log);
        log.Clear(); counter = 0;
        try { throw new Exception(); } catch (Exception) when (++counter > 0 && F("count=" + counter, true)) { log.Append("handler sees " + counter); }
        Console.WriteLine("side effect: " + log);
        log.Clear();
        try {
            try { throw new ArgumentException("r"); }
            catch (ArgumentException) when (F("inner-filter", true)) { log.Append("inner-catch "); throw; }
            finally { log.Append("inner-finally "); }
        } catch (ArgumentException) when (F("outer-filter", true)) { log.Append("outer-catch "); }
        Console.WriteLine("rethrow runs outer filter: " + log);
        log.Clear();
        try { try { throw new InvalidOperationException(); } finally { log.Append("finally-before-catch "); } }
        catch (InvalidOperationException) when (F("filter-before-finally", true)) { log.Append("caught"); }
        Console.WriteLine("filter before finally: " + log);
        log.Clear();
        for (int i = 0; i < 3; i++) { try { throw new Exception(i.ToString()); } catch (Exception e) when (e.Message == "1") { log.Append("one "); } catch (Exception e) { log.Append("other" + e.Message + " "); } }
        Console.WriteLine("filter on message in loop: " + log);
    }
}
