// Calls the importer inlines (small straight-line methods) must behave as calls: arguments,
// locals zeroed on every call, starg on a copy, small-integer returns narrowed, value-type
// results, ref parameters, nested inlining, generic methods over structs, a failed check inside
// inlined code caught by the caller's handler, and a null `this` through callvirt.
using System;
struct Pair {
    public int A, B;
    public Pair(int a, int b) { A = a; B = b; }
    public int Sum => A + B;
    public static Pair operator +(Pair x, Pair y) => new Pair(x.A + y.A, x.B + y.B);
    public Pair Swapped() => new Pair(B, A);
}
class Box { public int Value; public int Get() { return Value; } public int Twice => Get() * 2; }
static class Inlining {
    static int Counter;
    static int Add(int a, int b) => a + b;
    static byte Low(int x) => (byte)x;
    static sbyte Signed(int x) => (sbyte)x;
    static int Bump(int x) { x += 10; return x * 2; }
    static int WithLocal(int x) { int y; y = x; int z = y + 1; return z; }
    static long Widen(int x) => x;
    static float Half(float f) => f / 2;
    static void SetRef(ref int target, int value) { target = value; }
    static int Divide(int a, int b) => a / b;
    static int Next() { Counter++; return Counter; }
    static T Identity<T>(T value) => value;
    static int Nested(int x) => Add(Add(x, 1), Add(x, 2));
    static int Main() {
        Console.WriteLine(Add(2, 3));
        Console.WriteLine(Low(0x1234) + " " + Signed(200) + " " + Signed(-1));
        int v = 5;
        Console.WriteLine(Bump(v) + " " + v);
        Console.WriteLine(WithLocal(41) + " " + WithLocal(-1));
        Console.WriteLine(Widen(-7) + " " + Half(3f));
        var p = new Pair(1, 2) + new Pair(10, 20);
        Console.WriteLine(p.A + " " + p.B + " " + p.Sum + " " + p.Swapped().A);
        int r = 0;
        SetRef(ref r, 42);
        Console.WriteLine(r);
        Console.WriteLine(Next() + Next() * 10 + " " + Counter);
        Console.WriteLine(Identity(p).Sum + " " + Identity("text") + " " + Identity(3.5));
        Console.WriteLine(Nested(10));
        var box = new Box { Value = 21 };
        Console.WriteLine(box.Twice);
        int zero = 0;
        try { Console.WriteLine(Divide(1, zero)); } catch (DivideByZeroException) { Console.WriteLine("divide by zero caught"); }
        Box none = null;
        try { Console.WriteLine(none.Get()); } catch (NullReferenceException) { Console.WriteLine("null this caught"); }
        int total = 0;
        for (int i = 0; i < 1000; i++) total += Add(i, WithLocal(i));
        Console.WriteLine(total);
        return Low(300);
    }
}
