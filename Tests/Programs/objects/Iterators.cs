// Iterators (yield return): lazy execution (side effects appear as elements are pulled), yield
// break, try/finally inside an iterator (finally runs on completion and on early Dispose from
// break in foreach), nested iterators, infinite iterators with Take-like loops, iterators over
// generic types, IEnumerable re-enumeration gives a fresh state, and exceptions thrown mid-way.
using System;
using System.Collections.Generic;
class Iterators {
    static string log = "";
    static IEnumerable<int> Count(int n) { log += "[start]"; for (int i = 0; i < n; i++) { log += "<" + i + ">"; yield return i; } log += "[end]"; }
    static IEnumerable<int> WithFinally() { try { log += "T"; yield return 1; log += "U"; yield return 2; } finally { log += "F"; } }
    static IEnumerable<int> Break(int limit) { int i = 0; while (true) { if (i >= limit) yield break; yield return i++; } }
    static IEnumerable<long> Fib() { long a = 0, b = 1; while (true) { yield return a; long t = a + b; a = b; b = t; } }
    static IEnumerable<T> Concat<T>(IEnumerable<T> x, IEnumerable<T> y) { foreach (T v in x) yield return v; foreach (T v in y) yield return v; }
    static IEnumerable<int> Throws() { yield return 1; throw new InvalidOperationException("mid"); }
    static IEnumerable<string> Nested() { try { foreach (int i in WithFinally()) { try { yield return "n" + i; } finally { log += "f" + i; } } } finally { log += "O"; } }
    static void Main() {
        log = ""; IEnumerable<int> seq = Count(3); Console.WriteLine("after creating: [" + log + "]");
        IEnumerator<int> en = seq.GetEnumerator(); en.MoveNext(); Console.WriteLine("after first MoveNext: " + log + " current " + en.Current);
        while (en.MoveNext()) { } Console.WriteLine("after all: " + log + ", MoveNext again: " + en.MoveNext());
        log = ""; int sum = 0; foreach (int x in seq) sum += x; foreach (int x in seq) sum += x; Console.WriteLine("enumerated twice: sum " + sum + " log " + log);
        log = ""; foreach (int x in WithFinally()) { } Console.WriteLine("finally on completion: " + log);
        log = ""; foreach (int x in WithFinally()) { break; } Console.WriteLine("finally on break: " + log);
        log = ""; IEnumerator<int> e2 = WithFinally().GetEnumerator(); e2.MoveNext(); e2.Dispose(); Console.WriteLine("finally on Dispose: " + log + ", MoveNext after Dispose: " + e2.MoveNext());
        log = ""; IEnumerator<int> e3 = WithFinally().GetEnumerator(); e3.Dispose(); Console.WriteLine("Dispose before start: [" + log + "]");
        Console.WriteLine("yield break: " + string.Join(",", Break(4)) + " / " + string.Join(",", Break(0)).Length);
        string fibs = ""; foreach (long f in Fib()) { if (f > 1000) break; fibs += f + " "; } Console.WriteLine("infinite Fib: " + fibs);
        Console.WriteLine("generic concat: " + string.Join(",", Concat(new[] { "a", "b" }, Concat(new List<string> { "c" }, new string[0]))));
        string got = ""; try { foreach (int x in Throws()) got += x; } catch (InvalidOperationException ex) { got += " caught " + ex.Message; } Console.WriteLine("exception mid-iteration: " + got);
        log = ""; string ns = ""; foreach (string s in Nested()) { ns += s; if (s == "n1") break; } Console.WriteLine("nested finally order on break: " + ns + " " + log);
        log = ""; ns = ""; foreach (string s in Nested()) ns += s; Console.WriteLine("nested finally order on completion: " + ns + " " + log);
        List<int> squares = new List<int>(); foreach (int v in Count(6)) if (v % 2 == 1) squares.Add(v * v); Console.WriteLine("filtered squares: " + string.Join(",", squares));
    }
}
