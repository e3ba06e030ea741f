// Catching by a generic type parameter (catch (T) where T : Exception) for several T, generic
// exception classes (MyError<int> vs MyError<string> are different catch types), a filter calling
// a method that itself throws and catches internally, try/catch inside a filter's callee, and
// exceptions thrown from a generic method's static constructor-free generic class.
using System;
class MyError<T> : Exception { public T Payload; public MyError(T p) { Payload = p; } }
class GenericCatch {
    static string Catch<T>(Action a) where T : Exception { try { a(); return "none"; } catch (T e) { return "caught " + typeof(T).Name + " (" + e.GetType().Name + ")"; } catch (Exception e) { return "fell through to Exception (" + e.GetType().Name + ")"; } }
    static bool SafeCheck(Exception e) { try { if (e.Message.Length > 3) throw new FormatException("inside filter callee"); return true; } catch (FormatException) { return false; } }
    static void Main() {
        Console.WriteLine(Catch<ArgumentException>(() => { throw new ArgumentNullException("x"); }));
        Console.WriteLine(Catch<ArgumentNullException>(() => { throw new ArgumentException("x"); }));
        Console.WriteLine(Catch<DivideByZeroException>(() => { int z = 0; z = 1 / z; }));
        Console.WriteLine(Catch<ArithmeticException>(() => { checked { int m = int.MaxValue; m++; } }));
        Console.WriteLine(Catch<MyError<int>>(() => { throw new MyError<int>(5); }));
        Console.WriteLine(Catch<MyError<int>>(() => { throw new MyError<string>("s"); }));
        try { throw new MyError<string>("payload"); } catch (MyError<int>) { Console.WriteLine("wrong"); } catch (MyError<string> e) { Console.WriteLine("generic exception payload: " + e.Payload); }
        try { throw new Exception("long message"); } catch (Exception e) when (SafeCheck(e)) { Console.WriteLine("wrong"); } catch (Exception e) { Console.WriteLine("filter with internal try/catch rejected: " + e.Message); }
        try { throw new Exception("ok"); } catch (Exception e) when (SafeCheck(e)) { Console.WriteLine("filter with internal try/catch accepted: " + e.Message); }
    }
}
