// Reflection on members: GetMethods/GetProperties/GetFields/GetConstructors with BindingFlags (names sorted), PropertyInfo/FieldInfo Get/SetValue incl. private fields, DeclaringType, GetMember.
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
class ReflectionMembers {
    static void Main() {
        var t = typeof(Shop.Models.Product);
        var flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        Console.WriteLine("methods: " + string.Join(",", t.GetMethods(flags).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal)));
        Console.WriteLine("props: " + string.Join(",", t.GetProperties().Select(p => p.Name + ":" + p.PropertyType.Name).OrderBy(n => n, StringComparer.Ordinal)));
        Console.WriteLine("fields: " + string.Join(",", t.GetFields().Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal)));
        Console.WriteLine("all fields: " + string.Join(",", t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Select(f => f.Name).Where(n => !n.Contains("<")).OrderBy(n => n, StringComparer.Ordinal)));
        Console.WriteLine("ctors: " + t.GetConstructors().Length + " " + string.Join("|", t.GetConstructors().Select(c => c.GetParameters().Length).OrderBy(n => n)));
        var p2 = (Shop.Models.Product)Activator.CreateInstance(t, "Widget", 2.5m);
        Console.WriteLine(p2 + " " + p2.Price);
        var nameProp = t.GetProperty("Name");
        nameProp.SetValue(p2, "Gadget");
        Console.WriteLine(nameProp.GetValue(p2) + " " + nameProp.CanRead + " " + nameProp.CanWrite);
        var stock = t.GetField("Stock");
        Console.WriteLine(p2.Stock + " " + stock.GetValue(p2) + " " + stock.FieldType.Name);
        var secret = t.GetField("secret", BindingFlags.NonPublic | BindingFlags.Instance);
        Console.WriteLine(secret.GetValue(p2) + " " + secret.IsPrivate);
        Console.WriteLine(t.GetMethod("Total").DeclaringType.Name + " " + typeof(Shop.Models.Book).GetMethod("Total").DeclaringType.Name + " " + t.GetMember("Name")[0].MemberType);
    }
}
