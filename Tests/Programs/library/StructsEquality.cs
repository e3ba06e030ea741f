// Structs implementing interfaces, boxing/unboxing copies, Equals/GetHashCode overrides used as Dictionary/HashSet keys, IEquatable<T>, == operators, default struct equality, mutable struct pitfalls.
using System;
using System.Collections.Generic;
interface IMovable { void Move(int dx); int X { get; } }
struct Point : IMovable, IEquatable<Point> {
    public int X { get; private set; } public int Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx) { X += dx; }
    public bool Equals(Point o) { return X == o.X && Y == o.Y; }
    public override bool Equals(object o) { return o is Point && Equals((Point)o); }
    public override int GetHashCode() { return X * 397 ^ Y; }
    public static bool operator ==(Point a, Point b) { return a.Equals(b); }
    public static bool operator !=(Point a, Point b) { return !a.Equals(b); }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}
struct Plain { public int A; public string B; }
class Key {
    public string Name; public int Id;
    public override bool Equals(object o) { var k = o as Key; return k != null && k.Name == Name && k.Id == Id; }
    public override int GetHashCode() { return Id; }
}
class RefKey { public int V; }
class StructsEquality {
    static void MoveIt(IMovable m) { m.Move(100); }
    static void MoveGeneric<T>(ref T m) where T : IMovable { m.Move(1000); }
    static void Main() {
        var p = new Point(1, 2);
        object boxed = p;
        p.Move(5);
        Console.WriteLine(p + " " + boxed);
        IMovable im = p;
        im.Move(10);
        Console.WriteLine(p + " " + im + " " + im.X);
        MoveIt(p);
        Console.WriteLine("after MoveIt(copy) " + p);
        MoveGeneric(ref p);
        Console.WriteLine("after MoveGeneric(ref) " + p);
        Point unboxed = (Point)boxed;
        Console.WriteLine(unboxed + " " + unboxed.Equals(boxed) + " " + boxed.Equals(new Point(1, 2)));
        Console.WriteLine((new Point(3, 4) == new Point(3, 4)) + " " + (new Point(3, 4) != new Point(4, 3)));
        var dict = new Dictionary<Point, string> { { new Point(0, 0), "origin" }, { new Point(1, 1), "diag" } };
        Console.WriteLine(dict[new Point(1, 1)] + " " + dict.ContainsKey(new Point(2, 2)));
        var set = new HashSet<Point> { new Point(1, 2), new Point(1, 2), new Point(2, 1) };
        Console.WriteLine(set.Count);
        var kd = new Dictionary<Key, int>();
        kd[new Key { Name = "a", Id = 1 }] = 10;
        kd[new Key { Name = "a", Id = 1 }] = 20;
        kd[new Key { Name = "b", Id = 1 }] = 30;
        Console.WriteLine(kd.Count + " " + kd[new Key { Name = "a", Id = 1 }]);
        Point[] arr = { new Point(1, 1), new Point(2, 2) };
        arr[0].Move(5);
        Console.WriteLine(arr[0]);
        var list = new List<Point> { new Point(1, 1) };
        var copy = list[0]; copy.Move(5);
        Console.WriteLine(list[0] + " " + copy);
        Console.WriteLine(Array.IndexOf(arr, new Point(2, 2)) + " " + list.Contains(new Point(1, 1)));
        object o1 = 5, o2 = 5;
        Console.WriteLine((o1 == o2) + " " + o1.Equals(o2) + " " + ReferenceEquals(o1, o1));
        int? ni = 5; object bn = ni;
        Console.WriteLine(bn.GetType().Name + " " + (bn is int));
        Console.WriteLine(EqualityComparer<Point>.Default.Equals(new Point(1, 2), new Point(1, 2)));
        Console.WriteLine(default(Point) + " " + new Point().Equals(default(Point)));
        ValueType vt = new Point(7, 8);
        Console.WriteLine(vt.ToString() + " " + (vt is IMovable) + " " + (vt is IEquatable<Point>));
        Console.WriteLine(new Point(1, 2).GetHashCode() == new Point(1, 2).GetHashCode());
        var pa = new Plain { A = 1, B = "x" }; var pb = new Plain { A = 1, B = "x" }; var pc = new Plain { A = 2, B = "x" };
        Console.WriteLine(pa.Equals(pb) + " " + pa.Equals(pc) + " " + pa.Equals((object)null));
        var pd = pa; pd.A = 99;
        Console.WriteLine(pa.A + " " + pd.A);
        Console.WriteLine(pa.GetHashCode() == pb.GetHashCode());
        Console.WriteLine(((object)pa).Equals(pb));
        var rk = new Dictionary<RefKey, int>();
        var r1 = new RefKey { V = 1 };
        rk[r1] = 1; rk[new RefKey { V = 1 }] = 2;
        Console.WriteLine(rk.Count + " " + rk[r1]);
    }
}
