// Generic methods and constraints: where T : struct / class / interface (new() is in
// objects/NewConstraint), type inference, explicit type arguments, generic methods on generic
// classes, overloads with generic and non-generic candidates, typeof(T) and default(T) in generic
// code, generic recursion with a growing type (bounded), Nullable<T> parameters.
using System;
using System.Collections.Generic;
interface IHasId { int Id { get; } }
class Item : IHasId { public int Id { get; set; } public Item() { Id = -1; } public override string ToString() { return "Item" + Id; } }
struct SItem : IHasId { public int Id { get { return 77; } } }
class Box<T> {
    public T Value;
    public Box(T v) { Value = v; }
    public Box<U> Map<U>(Func<T, U> f) { return new Box<U>(f(Value)); }
    public static string Describe() { return "Box<" + typeof(T).Name + ">"; }
    public string Pair<U>(U other) { return typeof(T).Name + "+" + typeof(U).Name + ":" + Value + "," + other; }
}
class GenericMethods {
    static int IdOf<T>(T x) where T : IHasId { return x.Id; }
    static bool IsNull<T>(T x) where T : class { return x == null; }
    static T Def<T>() { return default(T); }
    static string Name<T>() { return typeof(T).Name; }
    static string Which(object o) { return "object"; }
    static string Which<T>(T o) { return "generic<" + typeof(T).Name + ">"; }
    static string Which(int o) { return "int"; }
    static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    static int Depth<T>(int n) { return n == 0 ? typeof(T).Name.Length : Depth<List<T>>(n - 1); }
    static string Nullable<T>(T? x) where T : struct { return x.HasValue ? "has " + x.Value : "none of " + typeof(T).Name; }
    static void Main() {
        Console.WriteLine("IdOf class: " + IdOf(new Item { Id = 5 }) + ", struct: " + IdOf(new SItem()));
        Console.WriteLine("IsNull: " + IsNull<string>(null) + IsNull("x"));
        Console.WriteLine("default: " + Def<int>() + " " + (Def<string>() == null) + " " + Def<double>() + " " + Def<bool>() + " " + (int)Def<char>() + " " + Def<SItem>().Id + " " + Def<decimal>());
        Console.WriteLine("typeof: " + Name<int>() + " " + Name<int[]>() + " " + Name<List<string>>() + " " + Name<Dictionary<int, string>>() + " " + Name<int?>() + " " + Name<Box<long>>());
        Console.WriteLine("overloads: " + Which(1) + " " + Which("s") + " " + Which((object)1) + " " + Which(2.5) + " " + Which<int>(3));
        Console.WriteLine("Max: " + Max(3, 9) + " " + Max("pear", "apple") + " " + Max(2.5, -1.0));
        Box<int> b = new Box<int>(21);
        Console.WriteLine("Map: " + b.Map(x => x * 2).Value + " " + b.Map(x => "s" + x).Value + " " + b.Map(x => x / 2.0).Map(y => y + 0.25).Value);
        Console.WriteLine("static on generic class: " + Box<string>.Describe() + " " + Box<Box<int>>.Describe());
        Console.WriteLine("generic method on generic class: " + b.Pair("x") + " " + new Box<string>("s").Pair(3.5));
        Console.WriteLine("growing generic recursion: " + Depth<int>(5));
        Console.WriteLine("Nullable<T>: " + Nullable<int>(3) + ", " + Nullable<double>(null));
        List<Item> items = new List<Item>(); for (int i = 0; i < 5; i++) items.Add(new Item { Id = i * i });
        Console.WriteLine("List<Item>.Find: " + items.Find(x => x.Id > 5) + ", ConvertAll: " + string.Join(",", items.ConvertAll(x => x.Id % 3)));
    }
}
