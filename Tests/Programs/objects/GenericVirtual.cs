// Generic virtual methods: overridden in derived classes and called through base references with
// different type arguments (value and reference types), generic interface methods implemented by
// classes and structs, abstract generic methods, and a generic virtual method calling another.
using System;
using System.Collections.Generic;
abstract class Visitor { public abstract string Visit<T>(T x); public virtual string Twice<T>(T x) { return Visit(x) + Visit(x); } }
class Printer : Visitor { public override string Visit<T>(T x) { return "[" + typeof(T).Name + ":" + x + "]"; } }
class Counter : Printer { public int Calls; public override string Visit<T>(T x) { Calls++; return base.Visit(x).ToUpper(); } public override string Twice<T>(T x) { return "twice:" + base.Twice(x); } }
interface IMapper { List<U> Map<T, U>(IEnumerable<T> xs, Func<T, U> f); }
class Mapper : IMapper { public List<U> Map<T, U>(IEnumerable<T> xs, Func<T, U> f) { List<U> r = new List<U>(); foreach (T x in xs) r.Add(f(x)); return r; } }
struct SMapper : IMapper { public List<U> Map<T, U>(IEnumerable<T> xs, Func<T, U> f) { List<U> r = new List<U>(); foreach (T x in xs) r.Insert(0, f(x)); return r; } }
class GenericVirtual {
    static string Use<M>(M m) where M : IMapper { return string.Join(",", m.Map(new[] { 1, 2, 3 }, x => x * 10)); }
    static void Main() {
        Visitor v = new Printer();
        Console.WriteLine(v.Visit(1) + v.Visit("s") + v.Visit(2.5) + v.Visit<object>(null) + v.Visit(new int[0].Length));
        Counter c = new Counter(); Visitor vc = c;
        Console.WriteLine(vc.Visit(1) + vc.Visit("s") + vc.Twice(7L) + vc.Twice("z"));
        Console.WriteLine("calls: " + c.Calls);
        IMapper m = new Mapper(); Console.WriteLine("interface generic: " + string.Join(",", m.Map(new[] { "a", "bb" }, s => s.Length)));
        IMapper sm = new SMapper(); Console.WriteLine("struct via interface: " + string.Join(",", sm.Map(new List<double> { 1.5, 2.5 }, d => d * 2)));
        Console.WriteLine("constrained generic: " + Use(new Mapper()) + " / " + Use(new SMapper()));
        Visitor[] vs = { new Printer(), new Counter(), new Printer() };
        string all = ""; foreach (Visitor x in vs) all += x.Visit('c'); Console.WriteLine("array dispatch: " + all);
    }
}
