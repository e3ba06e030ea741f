// Invoking through reflection: static, instance, virtual and interface methods, value-type `this`,
// ref and out arguments written back, generic methods, Nullable arguments and results, exceptions
// (TargetInvocationException, parameter count, argument types), constructors, fields and
// properties (instance, static, struct, indexers), Activator and new T().
using System;
using System.Collections.Generic;
using System.Reflection;
interface IShape { double Area(); }
class Shape : IShape { public virtual double Area() => 0; public virtual string Name() => "shape"; }
class Circle : Shape { public double R; public Circle() { R = 1; } public Circle(double r) { R = r; } public override double Area() => Math.Round(Math.PI * R * R, 3); public override string Name() => "circle"; }
struct Counter {
    public int Count; public static int Instances;
    public Counter(int start) { Count = start; Instances++; }
    public int Increment(int by) { Count += by; return Count; }
    public override string ToString() => "Counter(" + Count + ")";
}
class Calc {
    public static int Add(int a, int b) => a + b;
    public static long AddL(long a, byte b, short c, char d, bool e, float f, double g) => a + b + c + d + (e ? 1 : 0) + (long)f + (long)g;
    public static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    public static bool TryHalf(int x, out int half) { half = x / 2; return x % 2 == 0; }
    public static void Fill(ref string s, out object o) { s = s + "!"; o = 42; }
    public static int? Maybe(int? x) => x.HasValue ? x * 2 : null;
    public static string Describe<T>(T value) => typeof(T).Name + "=" + value;
    public static T[] Repeat<T>(T value, int n) { var r = new T[n]; for (int i = 0; i < n; i++) r[i] = value; return r; }
    public static decimal Money(decimal m) => m * 2;
    public static DateTime Tomorrow(DateTime d) => d.AddDays(1);
    public static Counter MakeCounter(int n) => new Counter(n);
    public static int Throws(int x) { if (x > 0) throw new InvalidOperationException("bad " + x); return x; }
    public static void Nothing() { }
    public static string Params(params int[] xs) => string.Join("+", xs);
    public string Instance = "inst";
    public static string StaticField = "static";
    public static readonly int ReadOnly = 7;
    public const int Constant = 99;
    private List<int> items = new List<int> { 10, 20, 30 };
    public int this[int i] { get => items[i]; set => items[i] = value; }
    public string Text { get; set; } = "text";
    public static int Count { get; set; }
}
class Factory<T> where T : new() { public T Make() => new T(); }
class InvokeMembers {
    static void Main() {
        var calc = typeof(Calc);
        Console.WriteLine(calc.GetMethod("Add").Invoke(null, new object[] { 2, 3 }));
        Console.WriteLine(calc.GetMethod("AddL").Invoke(null, new object[] { 10L, (byte)200, (short)-5, 'A', true, 2.5f, 3.9 }));
        var swap = new object[] { 1, 2 };
        calc.GetMethod("Swap").Invoke(null, swap);
        Console.WriteLine(swap[0] + " " + swap[1]);
        var half = new object[] { 9, null };
        Console.WriteLine(calc.GetMethod("TryHalf").Invoke(null, half) + " " + half[1]);
        var fill = new object[] { "hi", null };
        calc.GetMethod("Fill").Invoke(null, fill);
        Console.WriteLine(fill[0] + " " + fill[1]);
        Console.WriteLine(calc.GetMethod("Maybe").Invoke(null, new object[] { 21 }) + " [" + calc.GetMethod("Maybe").Invoke(null, new object[] { null }) + "]");
        Console.WriteLine(calc.GetMethod("Describe").MakeGenericMethod(typeof(int)).Invoke(null, new object[] { 5 }) + " " + calc.GetMethod("Describe").MakeGenericMethod(typeof(string)).Invoke(null, new object[] { "s" }));
        var rep = (double[])calc.GetMethod("Repeat").MakeGenericMethod(typeof(double)).Invoke(null, new object[] { 1.5, 3 });
        Console.WriteLine(rep.Length + " " + rep[2]);
        Console.WriteLine(calc.GetMethod("Money").Invoke(null, new object[] { 1.25m }) + " " + ((DateTime)calc.GetMethod("Tomorrow").Invoke(null, new object[] { new DateTime(2020, 2, 28) })).ToString("yyyy-MM-dd"));
        Console.WriteLine(calc.GetMethod("MakeCounter").Invoke(null, new object[] { 4 }) + " " + (calc.GetMethod("Nothing").Invoke(null, null) == null));
        Console.WriteLine(calc.GetMethod("Params").Invoke(null, new object[] { new[] { 1, 2, 3 } }));
        try { calc.GetMethod("Throws").Invoke(null, new object[] { 3 }); } catch (TargetInvocationException e) { Console.WriteLine("TIE: " + e.InnerException.GetType().Name + " " + e.InnerException.Message); }
        Console.WriteLine(calc.GetMethod("Throws").Invoke(null, new object[] { -1 }));
        try { calc.GetMethod("Add").Invoke(null, new object[] { 1 }); } catch (TargetParameterCountException) { Console.WriteLine("count"); }
        try { calc.GetMethod("Add").Invoke(null, new object[] { 1, "x" }); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { typeof(Shape).GetMethod("Name").Invoke(null, null); } catch (TargetException e) { Console.WriteLine("target: " + e.Message); }
        Shape s = new Circle(2);
        Console.WriteLine(typeof(Shape).GetMethod("Area").Invoke(s, null) + " " + typeof(Shape).GetMethod("Name").Invoke(s, null) + " " + typeof(IShape).GetMethod("Area").Invoke(s, null));
        Console.WriteLine(typeof(object).GetMethod("ToString").Invoke(s, null) + " " + typeof(object).GetMethod("GetHashCode").Invoke(42, null) + " " + typeof(object).GetMethod("ToString").Invoke(new Counter(3), null));
        object boxed = new Counter(10);
        Console.WriteLine(typeof(Counter).GetMethod("Increment").Invoke(boxed, new object[] { 5 }) + " " + boxed);
        Console.WriteLine(typeof(string).GetMethod("ToUpper", Type.EmptyTypes).Invoke("abc", null) + " " + typeof(string).GetMethod("IndexOf", new[] { typeof(char) }).Invoke("hello", new object[] { 'l' }));
        Console.WriteLine(typeof(Math).GetMethod("Max", new[] { typeof(int), typeof(int) }).Invoke(null, new object[] { 3, 9 }) + " " + typeof(int).GetMethod("Parse", new[] { typeof(string) }).Invoke(null, new object[] { "77" }));
        var ctor = typeof(Circle).GetConstructor(new[] { typeof(double) });
        var c = (Circle)ctor.Invoke(new object[] { 3.0 });
        Console.WriteLine(c.R + " " + c.Area() + " " + ((Circle)typeof(Circle).GetConstructor(Type.EmptyTypes).Invoke(null)).R);
        Console.WriteLine(typeof(Counter).GetConstructor(new[] { typeof(int) }).Invoke(new object[] { 8 }) + " " + Counter.Instances);
        Console.WriteLine(((Circle)Activator.CreateInstance(typeof(Circle))).R + " " + ((Circle)Activator.CreateInstance(typeof(Circle), 5.0)).R + " " + Activator.CreateInstance(typeof(Counter)) + " " + Activator.CreateInstance<Counter>());
        Console.WriteLine(Activator.CreateInstance(typeof(List<string>)).GetType().Name + " " + Activator.CreateInstance(typeof(int)) + " " + new Factory<Circle>().Make().R + " " + new Factory<Counter>().Make() + " " + new Factory<List<int>>().Make().Count);
        try { Activator.CreateInstance(typeof(Shape), 1, 2); } catch (MissingMethodException) { Console.WriteLine("missing ctor"); }
        try { Activator.CreateInstance(typeof(IShape)); } catch (MissingMethodException) { Console.WriteLine("interface"); }
        var calcObj = new Calc();
        var inst = calc.GetField("Instance");
        inst.SetValue(calcObj, "changed");
        Console.WriteLine(inst.GetValue(calcObj) + " " + calc.GetField("StaticField").GetValue(null) + " " + calc.GetField("ReadOnly").GetValue(null) + " " + calc.GetField("Constant").GetValue(null) + " " + calc.GetField("Constant").IsLiteral);
        calc.GetField("StaticField").SetValue(null, "new static");
        Console.WriteLine(Calc.StaticField + " " + calc.GetField("items", BindingFlags.NonPublic | BindingFlags.Instance).GetValue(calcObj).GetType().Name);
        object pt = new Counter(1);
        typeof(Counter).GetField("Count").SetValue(pt, 55);
        Console.WriteLine(pt + " " + typeof(Counter).GetField("Count").GetValue(pt) + " " + typeof(Counter).GetField("Instances").GetValue(null));
        var indexer = calc.GetProperty("Item");
        indexer.SetValue(calcObj, 99, new object[] { 1 });
        Console.WriteLine(indexer.GetValue(calcObj, new object[] { 1 }) + " " + indexer.GetValue(calcObj, new object[] { 2 }));
        calc.GetProperty("Text").SetValue(calcObj, "set");
        calc.GetProperty("Count").SetValue(null, 12);
        Console.WriteLine(calc.GetProperty("Text").GetValue(calcObj) + " " + calc.GetProperty("Count").GetValue(null) + " " + Calc.Count);
        Console.WriteLine(typeof(DateTime).GetProperty("Year").GetValue(new DateTime(1999, 1, 1)) + " " + typeof(List<int>).GetProperty("Count").GetValue(new List<int> { 1, 2 }));
        Func<int, int, int> add = Calc.Add;
        Console.WriteLine(add.DynamicInvoke(4, 5) + " " + add.Method.Invoke(null, new object[] { 6, 7 }));
        Console.WriteLine(calc.GetMethod("Add").Invoke(null, BindingFlags.Default, null, new object[] { 1, 1 }, null));
    }
}
