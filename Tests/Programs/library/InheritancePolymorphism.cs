// Inheritance: abstract classes, virtual/override/new/sealed, base calls, constructors chaining order, explicit interface implementation, interface default dispatch through base, is/as casts, static vs instance.
using System;
using System.Collections.Generic;
interface IGreeter { string Greet(); }
interface ILoud { string Greet(); }
abstract class Shape {
    static int count;
    public readonly int Id;
    protected Shape() { Id = ++count; Console.WriteLine("Shape ctor " + Id + " " + GetType().Name); }
    public abstract double Area();
    public virtual string Describe() { return GetType().Name + "#" + Id + " area=" + Area().ToString("F2", System.Globalization.CultureInfo.InvariantCulture); }
    public string Kind() { return "shape"; }
}
class Rect : Shape {
    protected double W, H;
    public Rect(double w, double h) : base() { W = w; H = h; Console.WriteLine("Rect ctor"); }
    public override double Area() { return W * H; }
    public new string Kind() { return "rect"; }
}
sealed class Square : Rect, IGreeter, ILoud {
    public Square(double s) : base(s, s) { Console.WriteLine("Square ctor"); }
    public override string Describe() { return "Square! " + base.Describe(); }
    public string Greet() { return "hi from square"; }
    string ILoud.Greet() { return "HI FROM SQUARE"; }
}
class Circle : Shape {
    double R;
    public Circle(double r) { R = r; }
    public override double Area() { return Math.PI * R * R; }
    public sealed override string Describe() { return "Circle r=" + R; }
}
class Base { public virtual string Who() { return "Base"; } public string CallWho() { return Who(); } }
class Mid : Base { public override string Who() { return "Mid"; } }
class Leaf : Mid { public new virtual string Who() { return "Leaf"; } }
class Init {
    string a = Log("field a"); static string s = Log("static field");
    static Init() { Log("static ctor"); }
    public Init() : this(0) { Log("default ctor"); }
    public Init(int x) { Log("ctor(int)"); }
    static string Log(string m) { Console.WriteLine("  init: " + m); return m; }
}
class InheritancePolymorphism {
    static void Main() {
        var shapes = new List<Shape> { new Rect(2, 3), new Square(2), new Circle(1) };
        foreach (var s in shapes) Console.WriteLine(s.Describe() + " kind=" + s.Kind());
        var r = new Rect(1, 1);
        Console.WriteLine(r.Kind() + " " + ((Shape)r).Kind());
        var sq = new Square(3);
        Console.WriteLine(sq.Greet() + " | " + ((IGreeter)sq).Greet() + " | " + ((ILoud)sq).Greet());
        object o = sq;
        Console.WriteLine((o is Shape) + " " + (o is Rect) + " " + (o is Circle) + " " + (o is IGreeter) + " " + ((o as Circle) == null) + " " + (o as Rect).Area());
        var sq2 = o as Square; if (sq2 != null && sq2.Area() > 5) Console.WriteLine("as-cast area " + sq2.Area());
        foreach (var s in shapes) {
            if (s is Square) Console.WriteLine("type test: square " + s.Area());
            else if (s is Rect && s.Area() > 5) Console.WriteLine("type test: big rect");
            else if (s is Rect) Console.WriteLine("type test: rect " + s.Area());
            else Console.WriteLine("type test: other " + s.GetType().Name);
        }
        Base b = new Leaf();
        Console.WriteLine(b.Who() + " " + ((Mid)b).Who() + " " + ((Leaf)b).Who() + " " + b.CallWho());
        try { var c = (Circle)(Shape)r; } catch (InvalidCastException e) { Console.WriteLine("InvalidCast: " + e.Message); }
        Console.WriteLine("constructing Init:");
        new Init();
        Console.WriteLine("again:");
        new Init(5);
        Console.WriteLine(typeof(Square).BaseType.Name + " " + typeof(Rect).BaseType.Name + " " + typeof(Shape).BaseType.Name);
        Shape[] arr = { new Circle(2), new Rect(1, 5) };
        Array.Sort(arr, (x, y) => x.Area().CompareTo(y.Area()));
        Console.WriteLine(arr[0].GetType().Name + " " + arr[1].GetType().Name);
    }
}
