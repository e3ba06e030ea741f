// An exception crossing many frames: thrown 1000 calls deep, with a finally in every frame (all
// run, innermost first, counted), a catch in the middle that rethrows, through virtual calls,
// delegates and a generic method; and a stack of 200 nested try blocks in one method via recursion.
using System;
class Deep { public virtual int Down(int n) { if (n == 0) throw new InvalidOperationException("bottom"); return Down(n - 1) + 1; } }
class DeepUnwind {
    static int finallies; static int lastFinally = -1; static bool ordered = true;
    static void Recurse(int n) {
        try { if (n == 0) throw new ArgumentException("deep"); Recurse(n - 1); }
        finally { finallies++; if (n != lastFinally + 1) ordered = false; lastFinally = n; }
    }
    static void Middle(int n) {
        if (n == 500) { try { Middle(n - 1); } catch (ArgumentException e) { Console.WriteLine("middle catch at 500: " + e.Message + ", finallies so far " + finallies); throw; } }
        else if (n == 0) throw new ArgumentException("from 0");
        else { try { Middle(n - 1); } finally { finallies++; } }
    }
    static T Gen<T>(int n, T v) { if (n == 0) throw new FormatException(typeof(T).Name); return Gen(n - 1, v); }
    static void Main() {
        try { Recurse(1000); } catch (ArgumentException e) { Console.WriteLine("caught " + e.Message + " after " + finallies + " finallies, innermost first: " + ordered); }
        finallies = 0;
        try { Middle(1000); } catch (ArgumentException e) { Console.WriteLine("caught again at top: " + e.Message + ", finallies " + finallies); }
        try { new Deep().Down(800); } catch (InvalidOperationException e) { Console.WriteLine("through virtual calls: " + e.Message); }
        Func<int, int> f = null; f = n => n == 0 ? 1 / (n - n) : f(n - 1);
        try { f(300); } catch (DivideByZeroException) { Console.WriteLine("through 300 delegate frames: DivideByZeroException"); }
        try { Gen(400, 1.5); } catch (FormatException e) { Console.WriteLine("through generic frames: " + e.Message); }
        int caughtAt = -1; try { Nest(200, ref caughtAt); } catch (Exception) { } Console.WriteLine("nested try depth 200, innermost matching catch: " + caughtAt);
    }
    static void Nest(int n, ref int caughtAt) {
        if (n == 0) throw new Exception("n");
        try { Nest(n - 1, ref caughtAt); } catch (Exception) when (n % 50 == 0) { if (caughtAt < 0) caughtAt = n; throw; }
    }
}
