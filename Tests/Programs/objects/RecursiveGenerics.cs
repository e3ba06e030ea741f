// Recursive generics: CRTP (class Node<T> where T : Node<T>), IComparable<T> constraints on the type
// itself, generic type whose base is an instantiation of itself with a different argument, static
// fields in a CRTP base (one per derived type), and a generic linked list of generic pairs.
using System;
abstract class Entity<T> where T : Entity<T> {
    public static int Created;
    public static T Create(Func<T> make) { Created++; T t = make(); t.Init(); return t; }
    protected abstract void Init();
    public T Self() { return (T)this; }
}
class User : Entity<User> { public string Name; protected override void Init() { Name = "user" + Created; } }
class Order : Entity<Order> { public int Num; protected override void Init() { Num = 1000 + Created; } }
class Version : IComparable<Version> { public int Major, Minor; public int CompareTo(Version o) { return Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor); } public override string ToString() { return Major + "." + Minor; } }
class Wrap<T> { public T Inner; public Wrap(T t) { Inner = t; } public override string ToString() { return "W(" + Inner + ")"; } }
class Pair<A, B> { public A First; public B Second; public Pair(A a, B b) { First = a; Second = b; } public override string ToString() { return "<" + First + "," + Second + ">"; } }
class LinkedList<T> { public T Head; public LinkedList<T> Tail; public LinkedList(T h, LinkedList<T> t) { Head = h; Tail = t; } public int Count() { return 1 + (Tail == null ? 0 : Tail.Count()); } }
class Peano<T> { public static int Depth() { return 0; } }
class Succ<T> : Peano<Succ<T>> { }
class RecursiveGenerics {
    static T Largest<T>(T[] xs) where T : IComparable<T> { T best = xs[0]; foreach (T x in xs) if (x.CompareTo(best) > 0) best = x; return best; }
    static object Nest(int n) { object o = 0; for (int i = 0; i < n; i++) o = new Wrap<object>(o); return o; }
    static void Main() {
        User u1 = User.Create(() => new User()), u2 = User.Create(() => new User()); Order o1 = Order.Create(() => new Order());
        Console.WriteLine("CRTP: " + u1.Name + " " + u2.Name + " " + o1.Num + " users " + Entity<User>.Created + " orders " + Entity<Order>.Created + " self " + u2.Self().Name);
        Version[] vs = { new Version { Major = 1, Minor = 9 }, new Version { Major = 2, Minor = 0 }, new Version { Major = 1, Minor = 10 } };
        Console.WriteLine("Largest version: " + Largest(vs) + ", largest int: " + Largest(new[] { 3, -1, 8, 2 }));
        Console.WriteLine("nested wraps: " + Nest(4));
        Wrap<Wrap<Wrap<int>>> w = new Wrap<Wrap<Wrap<int>>>(new Wrap<Wrap<int>>(new Wrap<int>(5))); Console.WriteLine("typed nesting: " + w + " " + w.Inner.Inner.Inner);
        var list = new LinkedList<Pair<int, string>>(new Pair<int, string>(1, "a"), new LinkedList<Pair<int, string>>(new Pair<int, string>(2, "b"), null));
        Console.WriteLine("list of pairs: " + list.Head + list.Tail.Head + " count " + list.Count());
        Pair<Pair<int, int>, Pair<string, double>> pp = new Pair<Pair<int, int>, Pair<string, double>>(new Pair<int, int>(1, 2), new Pair<string, double>("x", 0.5));
        Console.WriteLine("pair of pairs: " + pp + " " + pp.GetType().Name);
        Console.WriteLine("Succ<Succ<int>> base: " + typeof(Succ<Succ<int>>).BaseType.Name + ", depth " + Succ<int>.Depth());
    }
}
