// User-defined operators on structs and classes: arithmetic, comparison pairs, true/false with && and
// ||, implicit and explicit conversions (chained with built-in ones), ++/-- on a user type, unary
// minus, equality operators vs Equals, compound assignment through operators, and checked/unchecked
// inside operator bodies.
using System;
struct Money {
    public readonly long Cents;
    public Money(long c) { Cents = c; }
    public static Money operator +(Money a, Money b) { return new Money(a.Cents + b.Cents); }
    public static Money operator -(Money a) { return new Money(-a.Cents); }
    public static Money operator *(Money a, int k) { return new Money(checked(a.Cents * k)); }
    public static Money operator ++(Money a) { return new Money(a.Cents + 1); }
    public static bool operator ==(Money a, Money b) { return a.Cents == b.Cents; }
    public static bool operator !=(Money a, Money b) { return !(a == b); }
    public static bool operator <(Money a, Money b) { return a.Cents < b.Cents; }
    public static bool operator >(Money a, Money b) { return a.Cents > b.Cents; }
    public static implicit operator Money(int dollars) { return new Money(dollars * 100L); }
    public static explicit operator double(Money m) { return m.Cents / 100.0; }
    public static explicit operator int(Money m) { return (int)(m.Cents / 100); }
    public override bool Equals(object o) { return o is Money && ((Money)o).Cents == Cents; }
    public override int GetHashCode() { return Cents.GetHashCode(); }
    public override string ToString() { return "$" + (Cents / 100) + "." + Math.Abs(Cents % 100).ToString("D2"); }
}
class Tri {
    public int V; public Tri(int v) { V = v; }
    public static bool operator true(Tri t) { Log("true?" + t.V); return t.V > 0; }
    public static bool operator false(Tri t) { Log("false?" + t.V); return t.V < 0; }
    public static Tri operator &(Tri a, Tri b) { Log("&"); return new Tri(Math.Min(a.V, b.V)); }
    public static Tri operator |(Tri a, Tri b) { Log("|"); return new Tri(Math.Max(a.V, b.V)); }
    public static string Trace = "";
    static void Log(string s) { Trace += s + " "; }
}
class Ref { public int X; public static bool operator ==(Ref a, Ref b) { return ReferenceEquals(a, b) || (!ReferenceEquals(a, null) && !ReferenceEquals(b, null) && a.X == b.X); } public static bool operator !=(Ref a, Ref b) { return !(a == b); } public override bool Equals(object o) { return this == o as Ref; } public override int GetHashCode() { return X; } }
class Operators {
    static void Main() {
        Money a = 5, b = new Money(250);
        Console.WriteLine("a + b: " + (a + b) + ", -b: " + (-b) + ", b * 3: " + (b * 3) + ", a + 2 (implicit): " + (a + 2));
        Money c = b; c++; ++c; Console.WriteLine("++ twice: " + c + ", original b: " + b);
        c += 1; Console.WriteLine("+= int via implicit: " + c);
        Console.WriteLine("==: " + (a == 5) + " " + (a == b) + ", !=: " + (a != b) + ", <: " + (b < a) + ", >: " + (a > b) + ", Equals: " + a.Equals((Money)5) + " " + a.Equals(500));
        Console.WriteLine("explicit: " + (double)b + " " + (int)b + " " + (long)(int)b + " " + (float)(double)new Money(1));
        try { Money big = new Money(long.MaxValue / 2); Money r = big * 3; Console.WriteLine("no overflow: " + r); } catch (OverflowException) { Console.WriteLine("checked inside operator: OverflowException"); }
        Tri p = new Tri(1), n = new Tri(-1), z = new Tri(0);
        Tri.Trace = ""; Tri r1 = n && p; Console.WriteLine("n && p -> " + r1.V + " trace: " + Tri.Trace);
        Tri.Trace = ""; Tri r2 = p && n; Console.WriteLine("p && n -> " + r2.V + " trace: " + Tri.Trace);
        Tri.Trace = ""; Tri r3 = p || n; Console.WriteLine("p || n -> " + r3.V + " trace: " + Tri.Trace);
        Tri.Trace = ""; Tri r4 = z || p; Console.WriteLine("z || p -> " + r4.V + " trace: " + Tri.Trace);
        Tri.Trace = ""; if (z) Console.WriteLine("z is true"); else Console.WriteLine("z is not true, trace: " + Tri.Trace);
        Ref x = new Ref { X = 1 }, y = new Ref { X = 1 }, nul = null;
        Console.WriteLine("class ==: " + (x == y) + ", ReferenceEquals: " + ReferenceEquals(x, y) + ", (object)==: " + ((object)x == (object)y) + ", x == null: " + (x == nul) + ", null == null: " + (nul == null));
        Money[] ms = { 3, 1, 2 }; Array.Sort(ms, (m1, m2) => m1.Cents.CompareTo(m2.Cents)); Console.WriteLine("sorted with operators' struct: " + string.Join(" ", ms));
        Money? nm = null; Money? sum = nm + a; Console.WriteLine("lifted user-defined +: " + (sum.HasValue ? sum.ToString() : "null") + ", lifted ==: " + (nm == a) + " " + (nm == null));
    }
}
