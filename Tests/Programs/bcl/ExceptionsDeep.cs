// Exceptions in depth through the class library: nested try/catch/finally across calls, custom
// exception hierarchies, inner exceptions, using/IDisposable, exception filters, checked overflow,
// exceptions from the BCL (KeyNotFound, FormatException, ArgumentNullException).
using System;
using System.Collections.Generic;
class Resource : IDisposable { public static List<string> Log = new List<string>(); string name; public Resource(string n) { name = n; Log.Add("open " + n); } public void Dispose() { Log.Add("close " + name); } }
class AppException : Exception { public int Code; public AppException(string m, int code, Exception inner = null) : base(m, inner) { Code = code; } }
class ExceptionsDeep {
    static int Parse(string s) { try { return int.Parse(s); } catch (FormatException e) { throw new AppException("bad number '" + s + "'", 1, e); } }
    static void Main() {
        using (var a = new Resource("a")) using (var b = new Resource("b")) { Resource.Log.Add("work"); }
        Console.WriteLine(string.Join(", ", Resource.Log));
        try { Parse("12x"); } catch (AppException e) when (e.Code == 1) { Console.WriteLine(e.Message + " <- " + e.InnerException.GetType().Name); }
        var d = new Dictionary<string, int> { ["a"] = 1 };
        try { Console.WriteLine(d["b"]); } catch (KeyNotFoundException) { Console.WriteLine("no key b"); }
        try { string s = null; s.Trim(); } catch (NullReferenceException) { Console.WriteLine("null"); }
        try { Console.WriteLine(string.Join(",", (IEnumerable<string>)null)); } catch (ArgumentNullException e) { Console.WriteLine("null arg " + e.ParamName); }
        int depth = 0;
        try { try { try { throw new InvalidOperationException("deep"); } finally { depth++; } } finally { depth += 10; } } catch (Exception e) { Console.WriteLine(e.Message + " " + depth); }
        try { checked { byte x = 200; x += (byte)100; } } catch (OverflowException) { Console.WriteLine("byte overflow"); }
        Console.WriteLine(Parse("42"));
    }
}
