// throw; keeps the exception object (same reference, same type, message and custom fields), throw e
// also throws the same object; wrapping with InnerException; rethrow from nested catch blocks,
// from a catch inside a finally, and after a filter; catch order (most derived first) and catching
// by base class or interface-less hierarchies; custom exception with properties and overrides.
using System;
class MyEx : Exception { public int Code; public MyEx(string m, int c) : base(m) { Code = c; } public override string Message { get { return "MyEx(" + Code + "): " + base.Message; } } }
class SubEx : MyEx { public SubEx() : base("sub", 2) { } }
class Rethrow {
    static Exception saved;
    static void Thrower() { throw new MyEx("orig", 7); }
    static void Main() {
        try { try { Thrower(); } catch (Exception e) { saved = e; throw; } }
        catch (Exception e) { Console.WriteLine("throw; same object: " + ReferenceEquals(e, saved) + ", type " + e.GetType().Name + ", message " + e.Message + ", code " + ((MyEx)e).Code); }
        try { try { Thrower(); } catch (MyEx e) { saved = e; e.Code = 8; throw e; } }
        catch (MyEx e) { Console.WriteLine("throw e; same object: " + ReferenceEquals(e, saved) + ", code " + e.Code); }
        try { try { Thrower(); } catch (MyEx e) { throw new ApplicationException("wrapped", e); } }
        catch (ApplicationException e) { Console.WriteLine("wrapped: " + e.Message + " / " + e.InnerException.Message); }
        try {
            try { try { Thrower(); } catch (MyEx) { throw; } }
            catch (Exception) { throw; }
        } catch (MyEx e) { Console.WriteLine("rethrow through two catches: " + e.Code); }
        try {
            try { Thrower(); }
            catch (MyEx) { try { throw new FormatException("inner"); } catch (FormatException) { } throw; }
        } catch (Exception e) { Console.WriteLine("rethrow after an inner try/catch rethrows the outer: " + e.GetType().Name); }
        try { try { Thrower(); } finally { try { throw new FormatException("in finally"); } catch (FormatException f) { Console.WriteLine("catch inside finally: " + f.Message); } } }
        catch (MyEx e) { Console.WriteLine("original continues after finally: " + e.Code); }
        try { try { throw new SubEx(); } catch (MyEx e) when (e.Code == 2) { throw; } }
        catch (SubEx e) { Console.WriteLine("rethrow after filter: " + e.Message); }
        string order = "";
        Exception[] exs = { new SubEx(), new MyEx("m", 1), new ArgumentNullException("p"), new ArgumentException("a"), new Exception("e") };
        foreach (Exception x in exs) {
            try { throw x; }
            catch (SubEx) { order += "Sub "; }
            catch (MyEx) { order += "My "; }
            catch (ArgumentNullException) { order += "ArgNull "; }
            catch (ArgumentException) { order += "Arg "; }
            catch (Exception) { order += "Ex "; }
        }
        Console.WriteLine("catch order: " + order);
        Console.WriteLine("ArgumentNullException message: " + new ArgumentNullException("param").Message.Replace(Environment.NewLine, " | "));
        Console.WriteLine("ToString starts with type: " + new MyEx("t", 3).ToString().Split('\n')[0].Trim());
    }
}
