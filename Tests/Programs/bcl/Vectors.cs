// Structs and value semantics at scale: a 2D vector type with operators, an array of structs
// updated in place, sorting structs with IComparable, equality and hashing of structs, readonly
// properties, tuples of values through out parameters.
using System;
using System.Collections.Generic;
struct Vec : IComparable<Vec>, IEquatable<Vec> {
    public readonly double X, Y;
    public Vec(double x, double y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) => new Vec(a.X + b.X, a.Y + b.Y);
    public static Vec operator *(Vec a, double k) => new Vec(a.X * k, a.Y * k);
    public static bool operator ==(Vec a, Vec b) => a.Equals(b);
    public static bool operator !=(Vec a, Vec b) => !a.Equals(b);
    public double Length => Math.Sqrt(X * X + Y * Y);
    public int CompareTo(Vec o) => Length.CompareTo(o.Length);
    public bool Equals(Vec o) => X == o.X && Y == o.Y;
    public override bool Equals(object o) => o is Vec && Equals((Vec)o);
    public override int GetHashCode() => X.GetHashCode() ^ (Y.GetHashCode() * 397);
    public override string ToString() => "(" + X + ", " + Y + ")";
}
struct Particle { public Vec Position, Velocity; public int Bounces; }
class Structs {
    static void MinMax(Vec[] vs, out Vec min, out Vec max) { min = max = vs[0]; foreach (var v in vs) { if (v.CompareTo(min) < 0) min = v; if (v.CompareTo(max) > 0) max = v; } }
    static void Main() {
        var ps = new Particle[4];
        for (int i = 0; i < ps.Length; i++) { ps[i].Position = new Vec(i, 0); ps[i].Velocity = new Vec(1, i * 0.5); }
        for (int step = 0; step < 10; step++) for (int i = 0; i < ps.Length; i++) { ps[i].Position += ps[i].Velocity; if (ps[i].Position.Y > 3) { ps[i].Velocity = new Vec(ps[i].Velocity.X, -ps[i].Velocity.Y); ps[i].Bounces++; } }
        foreach (var p in ps) Console.WriteLine(p.Position + " bounces " + p.Bounces);
        var vs = new[] { new Vec(3, 4), new Vec(1, 1), new Vec(0, 7), new Vec(-2, 0) };
        Array.Sort(vs); Console.WriteLine(string.Join(" ", vs));
        MinMax(vs, out var min, out var max); Console.WriteLine(min + " " + max + " " + (min == new Vec(1, 1)) + " " + (min != max));
        var set = new HashSet<Vec> { new Vec(1, 2), new Vec(1, 2), new Vec(2, 1) }; Console.WriteLine(set.Count);
        Console.WriteLine((new Vec(1, 2) * 3).Length.ToString("F4"));
    }
}
