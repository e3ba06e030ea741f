// constrained. calls from generic code: ToString/GetHashCode/Equals on T = int, long, double,
// enum, struct with and without overrides, class with and without overrides, string, Nullable,
// (hash codes only where they are defined by the program or the value), and interface methods on T implemented explicitly or implicitly by a struct.
using System;
enum Color { Red, Green = 5, Blue }
struct Plain { public int A; public int B; }
struct Over { public int A; public override string ToString() { return "Over" + A; } public override int GetHashCode() { return A * 7; } public override bool Equals(object o) { return o is Over && ((Over)o).A % 10 == A % 10; } }
class CPlain { public int A; }
class COver { public int A; public override string ToString() { return "COver" + A; } public override int GetHashCode() { return 42; } public override bool Equals(object o) { return o is COver; } }
interface IName { string Name(); }
struct Explicit : IName { public int V; string IName.Name() { V++; return "explicit" + V; } }
struct Implicit : IName { public int V; public string Name() { V += 10; return "implicit" + V; } }
class Constrained {
    static string Show<T>(T v, bool hash = true) { return v.ToString() + " | " + (hash ? v.GetHashCode().ToString() : "-") + " | " + v.Equals(v) + " | " + v.Equals(null) + " | " + v.GetType().Name; }
    static bool Eq<T>(T a, T b) { return a.Equals(b); }
    static string Names<T>(T v) where T : IName { string a = v.Name(); string b = v.Name(); return a + "," + b; }
    static string NamesRef<T>(ref T v) where T : IName { return v.Name() + "," + v.Name(); }
    static int Cmp<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b); }
    static void Main() {
        Console.WriteLine("int: " + Show(42));
        Console.WriteLine("long: " + Show(-5L));
        Console.WriteLine("double: " + Show(2.5));
        Console.WriteLine("bool: " + Show(true));
        Console.WriteLine("char: " + Show('x'));
        Console.WriteLine("enum: " + Show(Color.Green));
        Console.WriteLine("enum undefined: " + Show((Color)99));
        Console.WriteLine("Plain: " + Show(new Plain { A = 1, B = 2 }, false).Replace("Plain", "P"));
        Console.WriteLine("Over: " + Show(new Over { A = 3 }));
        Console.WriteLine("CPlain ToString: " + new CPlain().ToString() + ", Equals self via generic: " + Eq(new CPlain(), new CPlain()));
        Console.WriteLine("COver: " + Show(new COver { A = 4 }));
        Console.WriteLine("string: " + Show("hi", false));
        Console.WriteLine("Nullable with value: " + Show<int?>(7));
        Console.WriteLine("Eq ints: " + Eq(3, 3) + Eq(3, 4) + ", Eq Plain: " + Eq(new Plain { A = 1 }, new Plain { A = 1 }) + Eq(new Plain { A = 1 }, new Plain { B = 1 }));
        Console.WriteLine("Eq Over by custom rule: " + Eq(new Over { A = 1 }, new Over { A = 11 }) + ", Eq doubles NaN: " + Eq(double.NaN, double.NaN));
        Console.WriteLine("Eq strings: " + Eq("ab", "a" + "b".ToString()) + ", Eq enum: " + Eq(Color.Blue, (Color)6));
        Explicit ex = new Explicit(); Console.WriteLine("explicit by value: " + Names(ex) + ", local after: " + ex.V);
        Console.WriteLine("explicit by ref: " + NamesRef(ref ex) + ", local after: " + ex.V);
        Implicit im = new Implicit(); Console.WriteLine("implicit by value: " + Names(im) + ", local after: " + im.V);
        Console.WriteLine("implicit by ref: " + NamesRef(ref im) + ", local after: " + im.V);
        IName boxed = im; Console.WriteLine("boxed interface: " + Names(boxed) + ", box after: " + ((Implicit)boxed).V);
        Console.WriteLine("CompareTo: " + Cmp(1, 2) + Cmp("b", "a") + Cmp(2.0, 2.0) + Cmp(Color.Red.CompareTo(Color.Blue), 0));
    }
}
