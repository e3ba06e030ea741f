// using statements: Dispose runs at the end of the block, on return, on break, and when an
// exception escapes (before the outer catch runs its handler, after inner filters); nested and
// stacked usings dispose in reverse order; a null resource is skipped; Dispose of a struct
// resource (no boxing copy visible: the struct's own state is disposed); Dispose that throws
// replaces the exception in flight.
using System;
using System.Text;
class Res : IDisposable { public static StringBuilder Log = new StringBuilder(); string name; public Res(string n) { name = n; Log.Append("open " + n + "; "); } public void Dispose() { Log.Append("dispose " + name + "; "); } }
class BadRes : IDisposable { public void Dispose() { throw new InvalidOperationException("dispose failed"); } }
struct SRes : IDisposable { public int Disposed; public void Dispose() { Disposed++; Res.Log.Append("struct disposed " + Disposed + "; "); } }
class UsingDispose {
    static int Early() { using (new Res("early")) { return 5; } }
    static bool Filter(string s) { Res.Log.Append("filter " + s + "; "); return true; }
    static void Main() {
        using (Res a = new Res("a")) { Res.Log.Append("body; "); }
        Console.WriteLine(Res.Log); Res.Log.Clear();
        using (Res a = new Res("x"), b = new Res("y")) using (Res c = new Res("z")) { Res.Log.Append("body; "); }
        Console.WriteLine("stacked: " + Res.Log); Res.Log.Clear();
        Console.WriteLine("return value " + Early() + ": " + Res.Log); Res.Log.Clear();
        for (int i = 0; i < 3; i++) { using (new Res("loop" + i)) { if (i == 1) break; } }
        Console.WriteLine("break: " + Res.Log); Res.Log.Clear();
        try { using (new Res("ex")) { throw new ArgumentException("thrown"); } }
        catch (ArgumentException e) when (Filter(e.Message)) { Res.Log.Append("catch; "); }
        Console.WriteLine("exception: " + Res.Log); Res.Log.Clear();
        using (Res n = null) { Res.Log.Append("null resource body; "); }
        Console.WriteLine("null: " + Res.Log); Res.Log.Clear();
        SRes s = new SRes(); using (s) { } Console.WriteLine("struct: " + Res.Log + "local copy count " + s.Disposed); Res.Log.Clear();
        using (SRes s2 = new SRes()) { } Console.WriteLine("struct declared in using: " + Res.Log); Res.Log.Clear();
        try { using (new BadRes()) { throw new FormatException("original"); } }
        catch (Exception e) { Console.WriteLine("throwing Dispose replaces: " + e.GetType().Name + " " + e.Message); }
        try { using (new Res("outer")) using (new BadRes()) using (new Res("inner")) { } }
        catch (Exception e) { Console.WriteLine("Dispose throws mid-stack: " + e.Message + ", " + Res.Log); }
    }
}
