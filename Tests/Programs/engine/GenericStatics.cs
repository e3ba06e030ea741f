// Static fields of generic types are per instantiation (int, long, string, object, a struct, a
// nested generic), including static constructors per instantiation, statics of a generic base
// seen through different derived classes, and a static generic cache keyed by type.
using System;
class Counter<T> { public static int Count; public static T Last; public static void Add(T v) { Count++; Last = v; } }
class WithCctor<T> { public static readonly string Tag; static WithCctor() { Tag = "tag:" + typeof(T).Name; Console.WriteLine("cctor WithCctor<" + typeof(T).Name + ">"); } }
class Base<T> { public static int Shared; }
class D1 : Base<int> { } class D2 : Base<int> { } class D3 : Base<string> { }
struct Pt { public int X; }
static class Cache<T> { public static readonly int Id = Next(); static int Next() { return ++Cache.Counter; } }
static class Cache { public static int Counter; }
class Outer<T> { public class Inner<U> { public static string Value = typeof(T).Name + "/" + typeof(U).Name; } }
class GenericStatics {
    static void Main() {
        Counter<int>.Add(1); Counter<int>.Add(2); Counter<long>.Add(3); Counter<string>.Add("s"); Counter<object>.Add("o"); Counter<Pt>.Add(new Pt { X = 9 });
        Console.WriteLine("int: " + Counter<int>.Count + " last " + Counter<int>.Last);
        Console.WriteLine("long: " + Counter<long>.Count + " last " + Counter<long>.Last);
        Console.WriteLine("string: " + Counter<string>.Count + " last " + Counter<string>.Last);
        Console.WriteLine("object: " + Counter<object>.Count + " last " + Counter<object>.Last);
        Console.WriteLine("Pt: " + Counter<Pt>.Count + " last " + Counter<Pt>.Last.X);
        Console.WriteLine("byte (untouched): " + Counter<byte>.Count + " last " + Counter<byte>.Last);
        Console.WriteLine("int[] (untouched): " + Counter<int[]>.Count + " last null " + (Counter<int[]>.Last == null));
        Console.WriteLine(WithCctor<int>.Tag); Console.WriteLine(WithCctor<string>.Tag); Console.WriteLine(WithCctor<int>.Tag);
        Console.WriteLine(WithCctor<Counter<int>>.Tag);
        D1.Shared = 5; D2.Shared++; D3.Shared = 100;
        Console.WriteLine("Base<int>.Shared via D1/D2: " + Base<int>.Shared + ", Base<string>: " + Base<string>.Shared);
        int a = Cache<string>.Id, b = Cache<int>.Id, c = Cache<string>.Id, d = Cache<double>.Id;
        Console.WriteLine("cache ids: " + a + " " + b + " " + c + " " + d);
        Console.WriteLine("nested generic statics: " + Outer<int>.Inner<string>.Value + " " + Outer<string>.Inner<int>.Value);
        Generic<int>(); Generic<string>(); Generic<int>();
        Console.WriteLine("via generic method: int " + Counter<int>.Count + ", string " + Counter<string>.Count);
    }
    static void Generic<T>() { Counter<T>.Add(default(T)); }
}
