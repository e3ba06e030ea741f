// Nested types: a nested class reading private static and instance members of its outer class,
// nested generic types using the outer type parameter, static classes with static state,
// protected access from derived nested classes, partial classes split in one file, and
// const/readonly static fields with computed initializers.
using System;
partial class Outer {
    static int secret = 42; int inst = 7;
    public class Nested { public int Peek(Outer o) { return secret + o.inst; } public static int Bump() { return ++secret; } }
    protected virtual string Who() { return "outer"; }
    public class Derived : Outer { protected override string Who() { return "derived:" + base.Who(); } public string Call() { return Who(); } }
}
partial class Outer { public const int C = 3 * 4; public static readonly string R = "r" + C; public int Sum() { return secret + inst + C; } }
class Gen<T> { public class Inner { public T Value; public string Kind() { return typeof(T).Name; } } public class Inner2<U> { public string Kinds() { return typeof(T).Name + "," + typeof(U).Name; } } }
static class Registry { static int count; public static int Register() { return ++count; } public static int Count { get { return count; } } }
class NestedAccess {
    static void Main() {
        Outer o = new Outer(); Outer.Nested n = new Outer.Nested();
        Console.WriteLine("nested reads private: " + n.Peek(o) + ", bump private static: " + Outer.Nested.Bump() + ", sum " + o.Sum());
        Console.WriteLine("protected override in nested derived: " + new Outer.Derived().Call());
        Console.WriteLine("const and static readonly: " + Outer.C + " " + Outer.R);
        Gen<int>.Inner gi = new Gen<int>.Inner { Value = 5 }; Console.WriteLine("generic nested: " + gi.Kind() + " " + gi.Value + " " + new Gen<string>.Inner2<double>().Kinds());
        Registry.Register(); Registry.Register(); Console.WriteLine("static class: " + Registry.Count);
        Console.WriteLine("nested type names: " + typeof(Outer.Nested).Name + " " + typeof(Gen<int>.Inner).Name);
    }
}
