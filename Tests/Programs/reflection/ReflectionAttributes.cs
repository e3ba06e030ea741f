// Custom attributes via reflection: Attribute.GetCustomAttribute on a class, GetCustomAttributes on a property, named attribute arguments, IsDefined.
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
class ReflectionAttributes {
    static void Main() {
        var t = typeof(Shop.Models.Product);
        var attr = (Shop.Models.LabelAttribute)Attribute.GetCustomAttribute(t, typeof(Shop.Models.LabelAttribute));
        Console.WriteLine(attr.Text + " " + attr.Order);
        var pattr = t.GetProperty("Price").GetCustomAttributes(typeof(Shop.Models.LabelAttribute), false);
        Console.WriteLine(pattr.Length + " " + ((Shop.Models.LabelAttribute)pattr[0]).Text);
        Console.WriteLine(t.IsDefined(typeof(Shop.Models.LabelAttribute), false) + " " + typeof(Shop.Models.Coord).IsDefined(typeof(Shop.Models.LabelAttribute), false));
        Console.WriteLine(t.GetCustomAttributes(false).Length + " " + t.GetCustomAttributes(true).Length);
        Console.WriteLine(string.Join(",", t.GetCustomAttributes(false).Select(a => a.GetType().Name)));
        var ca = t.GetCustomAttributesData();
        Console.WriteLine(ca.Count + " " + ca[0].ConstructorArguments[0].Value + " " + ca[0].NamedArguments[0].MemberName + "=" + ca[0].NamedArguments[0].TypedValue.Value);
        Console.WriteLine(Attribute.IsDefined(t.GetProperty("Price"), typeof(Shop.Models.LabelAttribute)) + " " + Attribute.IsDefined(t.GetProperty("Name"), typeof(Shop.Models.LabelAttribute)));
        Console.WriteLine(typeof(Shop.Models.Book).GetCustomAttributes(typeof(Shop.Models.LabelAttribute), true).Length + " " + typeof(Shop.Models.Book).GetCustomAttributes(typeof(Shop.Models.LabelAttribute), false).Length);
        var usage = (AttributeUsageAttribute)Attribute.GetCustomAttribute(typeof(Shop.Models.LabelAttribute), typeof(AttributeUsageAttribute));
        Console.WriteLine(usage.ValidOn + " " + usage.AllowMultiple + " " + usage.Inherited);
        Console.WriteLine(typeof(ObsoleteAttribute).IsSubclassOf(typeof(Attribute)) + " " + new Shop.Models.LabelAttribute("x").Text);
        var flagsAttr = typeof(System.IO.FileAttributes).IsDefined(typeof(FlagsAttribute), false);
        Console.WriteLine("FileAttributes has [Flags]: " + flagsAttr);
        var serializable = typeof(string).IsSerializable;
        Console.WriteLine("string serializable: " + serializable);
    }
}
