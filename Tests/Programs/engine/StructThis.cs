// Struct methods and `this`: assigning `this = new S(...)` inside a method replaces the whole
// value; methods called on a local mutate it, on an rvalue (method result, property) they mutate a
// temporary; by-value parameters (no copy-back); struct constructors calling this(...); structs
// with only readonly fields; static struct fields mutated in place through ldsflda.
using System;
struct Counter {
    public int N; public string Tag;
    public Counter(int n) : this(n, "tagged") { }
    public Counter(int n, string t) { N = n; Tag = t; }
    public void Reset() { this = new Counter(-1, "reset"); }
    public void Inc() { N++; }
    public Counter Incremented() { Counter c = this; c.N++; return c; }
}
struct Frozen { public readonly int X; public Frozen(int x) { X = x; } public Frozen With(int x) { return new Frozen(x); } }
class StructThis {
    static Counter field;
    static Counter Make() { return new Counter(10); }
    static Counter Prop { get { return field; } }
    static int ReadIn(Counter c) { return c.N * 2; }
    static void Main() {
        Counter c = new Counter(5); Console.WriteLine("this(...) chain: " + c.N + " " + c.Tag);
        c.Inc(); c.Inc(); Console.WriteLine("Inc on local: " + c.N);
        c.Reset(); Console.WriteLine("this = new: " + c.N + " " + c.Tag);
        Make().Inc(); Console.WriteLine("Inc on a method result (temporary): " + Make().N);
        field.Inc(); field.Inc(); Console.WriteLine("Inc on a static field (in place): " + field.N);
        Prop.Inc(); Console.WriteLine("Inc on a property result: " + field.N);
        Counter d = c.Incremented(); Console.WriteLine("returned copy: " + d.N + ", original " + c.N);
        Frozen f = new Frozen(3); Frozen g = f.With(4); Console.WriteLine("readonly struct: " + f.X + " " + g.X);
        Console.WriteLine("by-value parameter: " + ReadIn(c) + " " + ReadIn(new Counter(21)));
        Counter[] arr = new Counter[2]; arr[0].Reset(); arr[1].Inc(); Console.WriteLine("array elements: " + arr[0].Tag + " " + arr[1].N);
        field.Reset(); Console.WriteLine("Reset on static: " + field.Tag);
        Counter e = default(Counter); Console.WriteLine("default: " + e.N + " " + (e.Tag == null));
    }
}
