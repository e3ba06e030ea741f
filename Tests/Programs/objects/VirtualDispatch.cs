// Virtual dispatch: override vs new (hiding) seen through base and derived references, base calls
// up a three-level chain, abstract methods, sealed overrides, virtual properties, a new virtual
// slot that restarts overriding, calls of virtual methods from constructors (derived override
// runs before the derived constructor body), ToString overrides via object.
using System;
abstract class Shape { public abstract double Area(); public virtual string Name() { return "shape"; } public string Describe() { return Name() + ":" + Area(); } }
class Rect : Shape { protected double W, H; public Rect(double w, double h) { W = w; H = h; } public override double Area() { return W * H; } public override string Name() { return "rect"; } }
class Square : Rect { public Square(double s) : base(s, s) { } public sealed override string Name() { return "square(" + base.Name() + ")"; } }
class A { public virtual string M() { return "A.M"; } public string N() { return "A.N"; } public virtual string P { get { return "A.P"; } } }
class B : A { public override string M() { return "B.M>" + base.M(); } public new string N() { return "B.N"; } public override string P { get { return "B.P"; } } }
class C : B { public new virtual string M() { return "C.M"; } public override string P { get { return "C.P>" + base.P; } } }
class D : C { public override string M() { return "D.M>" + base.M(); } }
class Ctor { public string Log = ""; public Ctor() { Log += "base-ctor;"; Hook(); } public virtual void Hook() { Log += "base-hook;"; } }
class CtorD : Ctor { int value = 5; int set; public CtorD() { set = 7; Log += "derived-ctor;"; } public override void Hook() { Log += "derived-hook(value=" + value + ",set=" + set + ");"; } }
class Named { public override string ToString() { return "Named!"; } }
class VirtualDispatch {
    static void Main() {
        Shape[] shapes = { new Rect(2, 3), new Square(4) };
        foreach (Shape s in shapes) Console.WriteLine(s.Describe());
        D d = new D(); C c = d; B b = d; A a = d;
        Console.WriteLine("via A: " + a.M() + " | " + a.N() + " | " + a.P);
        Console.WriteLine("via B: " + b.M() + " | " + b.N() + " | " + b.P);
        Console.WriteLine("via C: " + c.M() + " | " + c.N() + " | " + c.P);
        Console.WriteLine("via D: " + d.M() + " | " + d.N() + " | " + d.P);
        A plainB = new B(); Console.WriteLine("B as A: " + plainB.M() + " " + plainB.N() + " " + ((B)plainB).N());
        A plainC = new C(); Console.WriteLine("C as A: " + plainC.M() + ", C as C: " + ((C)plainC).M());
        Console.WriteLine("virtual call in constructor: " + new CtorD().Log);
        Console.WriteLine("base ctor only: " + new Ctor().Log);
        object o = new Named(); Console.WriteLine("ToString via object: " + o + " " + o.ToString() + " " + string.Concat(o, "x"));
        object[] objs = { 1, "s", 2.5, new Named(), 'c', true, null };
        string r = ""; foreach (object x in objs) r += (x == null ? "null" : x.ToString()) + ","; Console.WriteLine("ToString of mixed objects: " + r);
        Func<string> f = a.M; Console.WriteLine("delegate to virtual via A: " + f());
        Console.WriteLine("GetType through base ref: " + a.GetType().Name + " " + shapes[1].GetType().BaseType.Name);
    }
}
