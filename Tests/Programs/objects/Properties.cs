// Properties and indexers: auto-properties with private setters and initializers, computed
// properties with side effects, static properties, virtual/abstract properties overridden,
// indexers with one and two parameters and overloads by type, an indexer on a struct, compound
// assignment through properties and indexers (get then set, once each), and expression-bodied members.
using System;
using System.Text;
abstract class Shape { public abstract double Area { get; } public virtual string Kind => "shape"; }
class Sq : Shape { public double Side { get; set; } = 2; public override double Area => Side * Side; public override string Kind => "square"; }
class Grid {
    int[,] cells = new int[3, 3]; public static StringBuilder Log = new StringBuilder();
    public int this[int r, int c] { get { Log.Append("get" + r + c + " "); return cells[r, c]; } set { Log.Append("set" + r + c + "=" + value + " "); cells[r, c] = value; } }
    public string this[string name] { get { return "named:" + name; } }
    public int this[long flat] { get { return cells[flat / 3, flat % 3]; } }
}
class Account { public int Balance { get; private set; } = 100; public void Add(int x) { Balance += x; } public static int Instances { get; set; } public Account() { Instances++; } }
struct Vec { double[] d; public Vec(int n) { d = new double[n]; } public double this[int i] { get { return d[i]; } set { d[i] = value; } } public int Length => d.Length; }
class Counter { int n; public int Next { get { return ++n; } } public int Current => n; }
class Properties {
    static void Main() {
        Shape s = new Sq(); Console.WriteLine("virtual property: " + s.Kind + " area " + s.Area); ((Sq)s).Side = 3; Console.WriteLine("after set: " + s.Area);
        Account a = new Account(); a.Add(50); new Account(); Console.WriteLine("private setter: " + a.Balance + ", static auto-property: " + Account.Instances);
        Grid g = new Grid(); g[1, 2] = 5; g[1, 2] += 10; g[0, 0]++; Console.WriteLine("indexer compound: " + g[1, 2] + " " + g[0, 0]);
        Console.WriteLine("indexer log: " + Grid.Log);
        Console.WriteLine("overloaded indexers: " + g["x"] + " " + g[5L]);
        Vec v = new Vec(3); v[1] = 2.5; v[1] *= 2; Console.WriteLine("struct indexer: " + v[1] + " length " + v.Length);
        Counter c = new Counter(); int x = c.Next + c.Next * c.Next; Console.WriteLine("side-effecting getter: " + x + " current " + c.Current);
        Sq q = new Sq { Side = 4 }; q.Side += 1; q.Side *= 2; Console.WriteLine("compound on auto-property: " + q.Side);
    }
}
