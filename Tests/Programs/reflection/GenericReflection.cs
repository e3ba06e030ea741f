// Generic reflection: methods of generic type definitions and instantiations, generic method
// definitions and their parameters by name, MakeGenericMethod, GetGenericMethodDefinition,
// parameters with defaults and modifiers, interface maps, properties of structs, static members
// of generic instantiations, method and constructor ToString.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
interface IStore<T> { void Put(T item); T Get(int i); }
class Store<T> : IStore<T> where T : IComparable<T> {
    List<T> items = new List<T>();
    public static int Made;
    public Store() { Made++; }
    public void Put(T item) { items.Add(item); }
    public T Get(int i) => items[i];
    public TOut Map<TOut>(Func<T, TOut> f, int index = 0) => f(items[index]);
    public static Store<T> Of(params T[] xs) { var s = new Store<T>(); foreach (var x in xs) s.Put(x); return s; }
    public int Count => items.Count;
}
struct Size { public int W, H; public int Area => W * H; public Size Scale(int k) => new Size { W = W * k, H = H * k }; public override string ToString() => W + "x" + H; }
class Util {
    public static string Opt(int a, string b = "bee", double c = 1.5, object d = null) => a + b + c + (d ?? "null");
    public static void Mods(ref int r, out int o, int i, params string[] rest) { o = r + i; }
    public static T Pick<T>(T a, T b, bool first) where T : class => first ? a : b;
}
class GenericReflection {
    static string P(ParameterInfo p) => p.Name + ":" + p.ParameterType + (p.IsOut ? ":out" : "") + (p.IsOptional ? ":opt" : "") + (p.HasDefaultValue ? "=" + (p.DefaultValue ?? "null") : "") + ":" + p.Position;
    static void Main() {
        var open = typeof(Store<>);
        var map = open.GetMethod("Map");
        Console.WriteLine(map + " | " + map.IsGenericMethodDefinition + " " + map.ContainsGenericParameters + " " + string.Join(",", map.GetGenericArguments().Select(a => a.Name + "@" + a.DeclaringMethod.Name)));
        Console.WriteLine(string.Join(" ", map.GetParameters().Select(P)) + " -> " + map.ReturnType.Name);
        Console.WriteLine(string.Join(",", open.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).OrderBy(n => n)));
        var closed = typeof(Store<int>);
        var store = (Store<int>)closed.GetMethod("Of").Invoke(null, new object[] { new[] { 5, 7, 9 } });
        var mapped = closed.GetMethod("Map").MakeGenericMethod(typeof(string));
        Console.WriteLine(mapped + " " + mapped.Invoke(store, new object[] { (Func<int, string>)(x => "<" + x + ">"), 2 }) + " " + (mapped.GetGenericMethodDefinition() == closed.GetMethod("Map")));
        Console.WriteLine(closed.GetMethod("Get").Invoke(store, new object[] { 1 }) + " " + closed.GetProperty("Count").GetValue(store) + " " + closed.GetField("Made").GetValue(null) + " " + typeof(Store<string>).GetField("Made").GetValue(null));
        Console.WriteLine(closed.GetMethod("Put").GetParameters()[0].ParameterType + " " + open.GetMethod("Put").GetParameters()[0].ParameterType + " " + open.GetMethod("Put").GetParameters()[0].ParameterType.IsGenericParameter);
        var imap = closed.GetInterfaceMap(typeof(IStore<int>));
        Console.WriteLine(string.Join(",", imap.InterfaceMethods.Select(m => m.Name).OrderBy(n => n)) + " -> " + string.Join(",", imap.TargetMethods.Select(m => m.DeclaringType.Name + "." + m.Name).OrderBy(n => n)));
        Console.WriteLine(string.Join(" ", typeof(Util).GetMethod("Opt").GetParameters().Select(P)));
        Console.WriteLine(typeof(Util).GetMethod("Opt").Invoke(null, new object[] { 1, Type.Missing, Type.Missing, Type.Missing }));
        Console.WriteLine(string.Join(" ", typeof(Util).GetMethod("Mods").GetParameters().Select(P)) + " " + typeof(Util).GetMethod("Mods").GetParameters()[3].IsDefined(typeof(ParamArrayAttribute), false));
        var pick = typeof(Util).GetMethod("Pick");
        Console.WriteLine(pick.MakeGenericMethod(typeof(string)).Invoke(null, new object[] { "a", "b", false }) + " " + pick.GetGenericArguments()[0].GetGenericParameterConstraints().Length + " " + pick.GetGenericArguments()[0].GenericParameterAttributes);
        try { pick.Invoke(null, new object[] { "a", "b", true }); } catch (ArgumentException e) { Console.WriteLine("open generic: " + e.GetType().Name); }
        object size = new Size { W = 2, H = 3 };
        Console.WriteLine(typeof(Size).GetProperty("Area").GetValue(size) + " " + typeof(Size).GetMethod("Scale").Invoke(size, new object[] { 3 }) + " " + typeof(Size).GetField("W").GetValue(size));
        Console.WriteLine(typeof(Store<int>).GetConstructor(Type.EmptyTypes) + " " + typeof(Dictionary<string, int>).GetMethod("TryGetValue") + " " + typeof(List<int>).GetMethod("ConvertAll"));
        Console.WriteLine(typeof(Dictionary<,>).GetMethod("Add").GetParameters()[1].ParameterType.Name + " " + typeof(Dictionary<int, string>).GetMethod("Add").GetParameters()[1].ParameterType.Name);
        var meth = typeof(Enumerable).GetMethods().First(m => m.Name == "Select" && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);
        var sel = meth.MakeGenericMethod(typeof(int), typeof(int));
        Console.WriteLine(string.Join(",", (IEnumerable<int>)sel.Invoke(null, new object[] { new[] { 1, 2, 3 }, (Func<int, int>)(x => x * 10) })) + " " + meth.GetGenericArguments().Length + " " + meth.GetGenericArguments()[1].Name);
        Console.WriteLine(typeof(Store<>).GetGenericArguments()[0].GetGenericParameterConstraints()[0] + " " + typeof(IComparable<>).MakeGenericType(typeof(Store<>).GetGenericArguments()[0]).ContainsGenericParameters);
    }
}
