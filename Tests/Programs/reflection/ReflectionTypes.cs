// Reflection on types: Name/FullName/Namespace, BaseType, IsClass/IsValueType/IsInterface/IsEnum/IsPrimitive, IsAssignableFrom/IsSubclassOf, GetInterfaces, Type.GetType, Assembly names, generic type names.
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
class ReflectionTypes {
    static void Main() {
        var t = typeof(Shop.Models.Product);
        Console.WriteLine(t.Name + " " + t.FullName + " " + t.Namespace);
        Console.WriteLine(t.BaseType.Name + " " + typeof(Shop.Models.Book).BaseType.Name + " " + t.IsClass + " " + t.IsValueType + " " + t.IsPublic + " " + t.IsSealed + " " + t.IsAbstract);
        Console.WriteLine(typeof(Shop.Models.Coord).IsValueType + " " + typeof(Shop.Models.IPriced).IsInterface + " " + typeof(Shop.Models.Level).IsEnum + " " + typeof(int).IsPrimitive + " " + typeof(string).IsPrimitive);
        Console.WriteLine(new Shop.Models.Book().GetType().FullName + " " + 5.GetType().FullName + " " + "s".GetType().Name + " " + new int[0].GetType().Name + " " + typeof(int[]).GetElementType().Name);
        Console.WriteLine(typeof(Shop.Models.IPriced).IsAssignableFrom(t) + " " + t.IsAssignableFrom(typeof(Shop.Models.Book)) + " " + typeof(Shop.Models.Book).IsSubclassOf(t) + " " + t.IsInstanceOfType(new Shop.Models.Book()));
        Console.WriteLine(Type.GetType("Shop.Models.Book").Name + " " + (Type.GetType("No.Such.Type") == null) + " " + Type.GetType("System.Int32").Name);
        Console.WriteLine(t.Assembly.GetName().Name + " " + typeof(object).Assembly.GetName().Name);
        Console.WriteLine(typeof(System.Collections.Generic.List<int>).Name + " " + typeof(System.Collections.Generic.List<int>).FullName.StartsWith("System.Collections.Generic.List`1[[System.Int32"));
        Console.WriteLine(typeof(Shop.Models.Level).GetEnumNames().Length + " " + string.Join(",", Enum.GetNames(typeof(Shop.Models.Level))));
        Console.WriteLine(string.Join(",", t.GetInterfaces().Select(i => i.Name)));
    }
}
