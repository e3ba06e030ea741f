// Exceptions: custom exception classes with extra data, inner exceptions, Message, GetType().Name, first line of ToString(), rethrow, exception filters, Data dictionary.
using System;
using System.Collections.Generic;
class InsufficientFundsException : Exception {
    public decimal Needed { get; }
    public InsufficientFundsException(decimal needed) : base("Insufficient funds: need " + needed) { Needed = needed; }
    public InsufficientFundsException(string msg, Exception inner) : base(msg, inner) { }
}
class ValidationException : ArgumentException {
    public ValidationException(string msg, string param) : base(msg, param) { }
}
class CustomExceptions {
    static void Withdraw(decimal bal, decimal amt) { if (amt > bal) throw new InsufficientFundsException(amt - bal); }
    static void Layer1() { try { Layer2(); } catch (FormatException e) { throw new InvalidOperationException("layer1 failed", e); } }
    static void Layer2() { int.Parse("not a number"); }
    static string FirstLine(Exception e) { var s = e.ToString(); int i = s.IndexOf('\n'); return (i < 0 ? s : s.Substring(0, i)).TrimEnd('\r'); }
    static void Main() {
        try { Withdraw(10, 25.5m); } catch (InsufficientFundsException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message + " needed=" + e.Needed); Console.WriteLine(FirstLine(e)); }
        try { Layer1(); } catch (Exception e) {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
            Console.WriteLine("inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
            Console.WriteLine(FirstLine(e));
            Console.WriteLine(e.GetBaseException().GetType().Name);
        }
        try { throw new ValidationException("bad value", "age"); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " param=" + e.ParamName); Console.WriteLine(e.Message.Replace(Environment.NewLine, " / ")); }
        try { throw new ArgumentNullException("name"); } catch (ArgumentNullException e) { Console.WriteLine(e.Message.Replace(Environment.NewLine, " / ")); }
        try { throw new ArgumentOutOfRangeException("index", 5, "must be small"); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ActualValue + " " + e.Message.Replace(Environment.NewLine, " / ")); }
        try { object o = "s"; var i = (int)o; } catch (InvalidCastException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { string s = null; var n = s.Length; } catch (NullReferenceException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { int z = 0; var q = 10 / z; } catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { checked { int m = int.MaxValue; m++; } } catch (OverflowException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { new List<int>()[0] = 1; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { throw new NotImplementedException(); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { throw new NotSupportedException("nope"); } catch (Exception e) { Console.WriteLine(FirstLine(e)); }
        try { throw new Exception(); } catch (Exception e) { Console.WriteLine(e.Message); }
        try { try { throw new InvalidOperationException("orig"); } catch (InvalidOperationException) { throw; } } catch (Exception e) { Console.WriteLine("rethrown " + e.Message); }
        for (int code = 1; code <= 3; code++) {
            try { throw new InsufficientFundsException("code " + code, null); }
            catch (InsufficientFundsException e) when (e.Message.EndsWith("2")) { Console.WriteLine("filtered " + e.Message); }
            catch (Exception e) { Console.WriteLine("general " + e.Message); }
        }
        var ex = new Exception("with data");
        ex.Data["key"] = 42;
        try { throw ex; } catch (Exception e) { Console.WriteLine(e.Data["key"] + " " + e.Data.Count); }
        var agg = new AggregateException(new InvalidOperationException("a"), new ArgumentException("b"));
        Console.WriteLine(agg.InnerExceptions.Count + " " + agg.InnerExceptions[1].Message);
        try { throw new Exception("outer", new Exception("middle", new Exception("inner"))); } catch (Exception e) {
            for (var c = e; c != null; c = c.InnerException) Console.Write(c.Message + ">");
            Console.WriteLine();
        }
        Console.WriteLine(new FormatException("f").Message + " " + new KeyNotFoundException().GetType().FullName);
        Console.WriteLine(typeof(InsufficientFundsException).BaseType.Name + " " + (new ValidationException("m", "p") is ArgumentException));
        Exception saved = null;
        try { throw new TimeoutException("slow"); } catch (Exception e) { saved = e; }
        Console.WriteLine(saved.GetType().Name + " " + saved.Message + " " + (saved.StackTrace != null));
    }
}
