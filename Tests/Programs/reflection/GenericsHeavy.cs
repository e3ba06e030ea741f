// Generics: generic classes/methods/interfaces, constraints (class, struct, new(), base type, interface), default(T), static fields per instantiation, generic inheritance, covariance/contravariance.
using System;
using System.Collections.Generic;
using System.Linq;
interface IShape { double Area { get; } string Name { get; } }
class Circle : IShape { public double R; public double Area => Math.Round(Math.PI * R * R, 2); public string Name => "circle"; }
class Square : IShape { public double S; public double Area => S * S; public string Name => "square"; }
class Pair<TA, TB> {
    public TA First; public TB Second;
    public Pair(TA a, TB b) { First = a; Second = b; }
    public Pair<TB, TA> Swap() { return new Pair<TB, TA>(Second, First); }
    public override string ToString() { return "(" + First + ", " + Second + ")"; }
}
class Box<T> { public static int Created; public T Value; public Box(T v) { Value = v; Created++; } }
interface IRepository<T> where T : class { void Add(T item); T Find(Func<T, bool> p); int Count { get; } }
class MemoryRepo<T> : IRepository<T> where T : class {
    protected readonly List<T> items = new List<T>();
    public void Add(T item) { items.Add(item); }
    public T Find(Func<T, bool> p) { return items.FirstOrDefault(p); }
    public int Count => items.Count;
}
class ShapeRepo : MemoryRepo<IShape> { public double TotalArea => items.Sum(s => s.Area); }
class Factory<T> where T : new() { public T Make() { return new T(); } }
struct Meters { public double V; public override string ToString() { return V + "m"; } }
interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { void Consume(T t); }
class StringProducer : IProducer<string> { public string Produce() { return "produced"; } }
class ObjectConsumer : IConsumer<object> { public void Consume(object o) { Console.WriteLine("consumed " + o); } }
class GenericsHeavy {
    static T Max<T>(IEnumerable<T> xs) where T : IComparable<T> { T best = default(T); bool first = true; foreach (var x in xs) if (first || x.CompareTo(best) > 0) { best = x; first = false; } return best; }
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static string Describe<T>(T v) { return typeof(T).Name + ":" + (v == null ? "null" : v.ToString()); }
    static T? FirstOrNull<T>(IEnumerable<T> xs, Func<T, bool> p) where T : struct { foreach (var x in xs) if (p(x)) return x; return null; }
    static TOut[] Map<TIn, TOut>(TIn[] xs, Func<TIn, TOut> f) { var r = new TOut[xs.Length]; for (int i = 0; i < xs.Length; i++) r[i] = f(xs[i]); return r; }
    static int CountDefaults<T>(params T[] xs) { return xs.Count(x => EqualityComparer<T>.Default.Equals(x, default(T))); }
    static void Main() {
        var p = new Pair<int, string>(1, "one");
        Console.WriteLine(p + " " + p.Swap() + " " + p.Swap().GetType().Name);
        Console.WriteLine(Max(new[] { 3, 9, 2 }) + " " + Max(new[] { "pear", "apple", "zoo" }) + " " + Max(new List<double> { -1.5, -0.5 }));
        int a = 1, b = 2; Swap(ref a, ref b);
        string s1 = "x", s2 = "y"; Swap(ref s1, ref s2);
        Console.WriteLine(a + " " + b + " " + s1 + " " + s2);
        Console.WriteLine(Describe(5) + " " + Describe("s") + " " + Describe<object>(null) + " " + Describe(new Meters { V = 2 }) + " " + Describe<int?>(null));
        Console.WriteLine(default(int) + " " + (default(string) == null) + " " + default(DateTime).Year + " " + default(bool));
        new Box<int>(1); new Box<int>(2); new Box<string>("s");
        Console.WriteLine(Box<int>.Created + " " + Box<string>.Created + " " + Box<double>.Created);
        var repo = new ShapeRepo();
        repo.Add(new Circle { R = 1 }); repo.Add(new Square { S = 2 }); repo.Add(new Circle { R = 2 });
        Console.WriteLine(repo.Count + " " + repo.TotalArea + " " + repo.Find(x => x.Area > 10).Name);
        IRepository<IShape> ir = repo;
        Console.WriteLine(ir.Find(x => x.Name == "square").Area);
        Console.WriteLine(FirstOrNull(new[] { 1, 4, 6 }, x => x > 3) + " " + FirstOrNull(new[] { 1 }, x => x > 3).HasValue);
        Console.WriteLine(string.Join(",", Map(new[] { 1, 2, 3 }, x => x * 0.5)) + " " + string.Join(",", Map(new[] { "a", "bb" }, x => x.Length)));
        Console.WriteLine(CountDefaults(0, 1, 0, 2) + " " + CountDefaults("a", null, null));
        IProducer<object> prod = new StringProducer();
        Console.WriteLine(prod.Produce());
        IConsumer<string> cons = new ObjectConsumer();
        cons.Consume("a string");
        IEnumerable<object> objs = new List<string> { "co", "variance" };
        Console.WriteLine(string.Join(" ", objs));
        Func<object, string> fo = o => "f(" + o + ")";
        Func<string, object> fs = fo;
        Console.WriteLine(fs("x"));
        Action<object> ao = o => Console.WriteLine("ao " + o);
        Action<string> asx = ao; asx("contra");
        IEnumerable<IShape> shapes = new List<Circle> { new Circle { R = 3 } };
        Console.WriteLine(shapes.First().Area);
        var dict = new Dictionary<string, List<Pair<int, int>>>();
        dict["k"] = new List<Pair<int, int>> { new Pair<int, int>(1, 2) };
        Console.WriteLine(dict["k"][0].Second);
        var nested = new List<Dictionary<int, HashSet<string>>> { new Dictionary<int, HashSet<string>> { { 1, new HashSet<string> { "a", "b" } } } };
        Console.WriteLine(nested[0][1].Count);
        Console.WriteLine(Enumerable.Range(1, 3).Select(i => new Pair<int, int>(i, i * i)).Aggregate("", (acc, q) => acc + q));
        Console.WriteLine(new Factory<List<int>>().Make().Count + " " + new Factory<Meters>().Make());
        Console.WriteLine(typeof(Pair<,>).Name + " " + typeof(Pair<int, string>).Name + " " + typeof(Pair<int, string>).GetGenericArguments()[1].Name + " " + typeof(List<int>).IsGenericType);
        Console.WriteLine(typeof(Dictionary<int, string>).GetGenericTypeDefinition() == typeof(Dictionary<,>));
    }
}
