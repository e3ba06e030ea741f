// Virtual, interface and delegate calls in a loop.
using System;
interface IShape { double Area(); }
abstract class Shape : IShape { public abstract double Area(); public virtual int Sides => 0; }
sealed class Square : Shape { readonly double s; public Square(double s) { this.s = s; } public override double Area() => s * s; public override int Sides => 4; }
sealed class Circle : Shape { readonly double r; public Circle(double r) { this.r = r; } public override double Area() => 3.0 * r * r; }
sealed class Triangle : Shape { readonly double b, h; public Triangle(double b, double h) { this.b = b; this.h = h; } public override double Area() => 0.5 * b * h; public override int Sides => 3; }
static class Dispatch {
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 20000000;
        Shape[] shapes = { new Square(2), new Circle(1), new Triangle(3, 4), new Square(1) };
        IShape[] ishapes = shapes;
        Func<double, double>[] fs = { x => x + 1, x => x * 2, x => x - 3 };
        double total = 0; long sides = 0;
        for (int i = 0; i < n; i++) {
            Shape s = shapes[i & 3];
            total += s.Area();
            sides += s.Sides;
            total += ishapes[(i + 1) & 3].Area();
            total = fs[i % 3](total) * 0.5;
        }
        Console.WriteLine("checksum " + total.ToString("F6") + " " + sides);
        return 0;
    }
}
