// Exception filters (C# 6 `when`): the first pass runs filters before any finally block of the
// frames being unwound; the order is recorded. (ECMA-335 I.12.4.2.7 says an exception thrown by a
// filter makes it false; mono 6.8 lets it escape instead, so that case is not part of this test.)
using System;
class Filters {
    static long trace;
    static void Step(int d) { trace = trace * 10 + d; }
    static bool Check(int d, bool result) { Step(d); return result; }
    static void Inner() {
        try { Step(1); throw new ArgumentException("bad"); }
        finally { Step(2); }
    }
    static int Main() {
        int result = 0;
        try { Inner(); }
        catch (ArgumentException) when (Check(3, false)) { result = -1; }
        catch (ArgumentException e) when (Check(4, e.Message.Length == 3)) { Step(5); result = 1; }
        try {
            try { throw new FormatException(); }
            catch (Exception) when (Check(7, false)) { result = -2; }
        } catch (FormatException) { Step(6); result += 10; }
        return (int)((trace * 31 + result) % 127);
    }
}
