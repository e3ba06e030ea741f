// try/catch/finally ordering: nested finally, finally with return, exceptions across methods, using/IDisposable order, using with null, finally on break/continue.
using System;
using System.Collections.Generic;
class Res : IDisposable {
    string name; public static List<string> Log = new List<string>();
    public Res(string n) { name = n; Console.WriteLine("open " + n); }
    public void Dispose() { Console.WriteLine("dispose " + name); }
}
class FinallyOrdering {
    static int ReturnInFinally() { int x = 1; try { return x; } finally { x = 2; Console.WriteLine("finally x=" + x); } }
    static int Nested() {
        try {
            try { Console.WriteLine("inner try"); throw new InvalidOperationException("boom"); }
            finally { Console.WriteLine("inner finally"); }
        }
        catch (InvalidOperationException e) { Console.WriteLine("outer catch " + e.Message); return 1; }
        finally { Console.WriteLine("outer finally"); }
    }
    static void Thrower(int depth) {
        try { if (depth == 0) throw new Exception("bottom"); Thrower(depth - 1); }
        finally { Console.WriteLine("unwind " + depth); }
    }
    static IEnumerable<int> Gen() {
        try { yield return 1; yield return 2; } finally { Console.WriteLine("gen finally"); }
    }
    static void Main() {
        Console.WriteLine("ret " + ReturnInFinally());
        Console.WriteLine("nested " + Nested());
        try { Thrower(3); } catch (Exception e) { Console.WriteLine("caught " + e.Message); }
        using (var a = new Res("a")) using (var b = new Res("b")) { Console.WriteLine("body"); }
        try { using (new Res("c")) { throw new Exception("in using"); } } catch (Exception e) { Console.WriteLine("after using: " + e.Message); }
        using (Res n = null) { Console.WriteLine("null using ok"); }
        for (int i = 0; i < 3; i++) {
            try { if (i == 1) continue; if (i == 2) break; Console.WriteLine("loop " + i); }
            finally { Console.WriteLine("loop finally " + i); }
        }
        foreach (var v in Gen()) { Console.WriteLine("got " + v); if (v == 1) break; }
        foreach (var v in Gen()) Console.WriteLine("all " + v);
        try {
            try { throw new ArgumentException("first"); }
            finally { Console.WriteLine("finally before catch"); }
        } catch (ArgumentException e) { Console.WriteLine("catch " + e.Message); }
        try {
            try { throw new Exception("A"); }
            catch (Exception) { throw new Exception("B"); }
            finally { Console.WriteLine("finally during rethrow"); }
        } catch (Exception e) { Console.WriteLine("got " + e.Message); }
        int count = 0;
        for (int i = 0; i < 5; i++) { try { try { if (i % 2 == 0) throw new Exception(); } finally { count++; } } catch { count += 10; } }
        Console.WriteLine("count " + count);
        var disposables = new List<IDisposable> { new Res("x"), new Res("y") };
        foreach (var d in disposables) using (d) { }
        Console.WriteLine(Label());
    }
    static string Label() { string s = "start"; try { s += "-try"; return s; } finally { s += "-finally"; Console.WriteLine("label finally " + s); } }
}
