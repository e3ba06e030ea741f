// Reflection invocation: Activator.CreateInstance (default and with arguments, generic List), MethodInfo.Invoke for instance/static/private methods, MakeGenericMethod, invocation errors and TargetInvocationException.
using System;
using System.Linq;
using System.Reflection;
namespace Shop.Models {
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Property)]
    public class LabelAttribute : Attribute { public string Text { get; } public int Order { get; set; } public LabelAttribute(string t) { Text = t; } }
    public interface IPriced { decimal Price { get; } }
    [Label("A product", Order = 3)]
    public class Product : IPriced {
        public string Name { get; set; }
        [Label("Unit price")] public decimal Price { get; set; }
        public int Stock;
        private int secret = 7;
        public static int Count;
        public Product() { Name = "default"; }
        public Product(string name, decimal price) { Name = name; Price = price; }
        public decimal Total(int qty) { return Price * qty; }
        public string Describe() { return Name + " @ " + Price; }
        private string Hidden() { return "hidden " + secret; }
        public static string Kind() { return "static kind"; }
        public override string ToString() { return "Product(" + Name + ")"; }
    }
    public class Book : Product { public string Author { get; set; } }
    public struct Coord { public int X, Y; }
    public enum Level { Low, High }
}
class ReflectionInvoke {
    static void Main() {
        var t = typeof(Shop.Models.Product);
        var p1 = (Shop.Models.Product)Activator.CreateInstance(t);
        Console.WriteLine(p1.Name);
        var p2 = (Shop.Models.Product)Activator.CreateInstance(t, "Widget", 2.5m);
        Console.WriteLine(p2 + " " + p2.Price);
        var total = t.GetMethod("Total");
        Console.WriteLine(total.Invoke(p2, new object[] { 4 }) + " " + total.ReturnType.Name + " " + total.GetParameters()[0].Name + ":" + total.GetParameters()[0].ParameterType.Name);
        Console.WriteLine(t.GetMethod("Describe").Invoke(p2, null));
        Console.WriteLine(t.GetMethod("Kind", BindingFlags.Public | BindingFlags.Static).Invoke(null, null));
        Console.WriteLine(t.GetMethod("Hidden", BindingFlags.NonPublic | BindingFlags.Instance).Invoke(p2, null));
        var list = Activator.CreateInstance(typeof(System.Collections.Generic.List<string>)) as System.Collections.Generic.List<string>;
        list.Add("made by Activator");
        Console.WriteLine(list[0]);
        var generic = typeof(ReflectionInvoke).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static).MakeGenericMethod(typeof(string));
        Console.WriteLine(generic.Invoke(null, new object[] { "ab" }));
        try { t.GetMethod("Total").Invoke(p2, new object[] { "bad" }); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { typeof(ReflectionInvoke).GetMethod("Boom", BindingFlags.NonPublic | BindingFlags.Static).Invoke(null, null); } catch (TargetInvocationException e) { Console.WriteLine("TIE inner " + e.InnerException.Message); }
    }
    static string Twice<T>(T x) { return x + "" + x; }
    static void Boom() { throw new InvalidOperationException("boom inside"); }
}
