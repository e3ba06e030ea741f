// Reflection corner cases: a throwing type initializer and property getter through Invoke, interface and
// value-type methods on boxed structs (mutations seen in the box), delegates closed over a struct,
// DoNotWrapExceptions, Nullable byref arguments, statics and thread statics of generic instances, enum
// fields, attributes with enum, Type and object arrays (and CustomAttributeData.ToString).
using System;
using System.Linq;
using System.Reflection;
public enum Suit { Clubs, Hearts = 7 }
[AttributeUsage(AttributeTargets.All)] class TagsAttribute : Attribute { public Suit[] Suits; public Type[] Types; public object[] Objs; public TagsAttribute(Suit[] s, params Type[] t) { Suits = s; Types = t; } }
interface IGreet { string Greet(string who); }
struct Greeter : IGreet { public string Prefix; public string Greet(string who) => Prefix + who; public void Set(string p) { Prefix = p; } }
abstract class Base { public abstract int Value(); }
class Impl : Base { public override int Value() => 42; }
class Boom { public static int Field; static Boom() { throw new InvalidOperationException("cctor"); } public static void Touch() { } }
class Gen<T> { public static T Shared; [ThreadStatic] public static int PerThread; public int Prop { get { throw new NotImplementedException("getter"); } } }
[Tags(new[] { Suit.Hearts, Suit.Clubs }, typeof(int), typeof(string[]), Objs = new object[] { 1, "two", Suit.Hearts, typeof(Suit) })]
class ReflectionEdgeCases {
    public static int? NullRef(ref int? x) { x = x.HasValue ? x + 1 : 100; return x; }
    static void Main() {
        try { typeof(Boom).GetMethod("Touch").Invoke(null, null); } catch (Exception e) { Console.WriteLine(e.GetType().Name + " <- " + e.InnerException?.GetType().Name + " <- " + e.InnerException?.InnerException?.Message); }
        try { typeof(Gen<int>).GetProperty("Prop").GetValue(new Gen<int>()); } catch (TargetInvocationException e) { Console.WriteLine("TIE " + e.InnerException.Message); }
        object g = new Greeter { Prefix = "hi " };
        Console.WriteLine(typeof(IGreet).GetMethod("Greet").Invoke(g, new object[] { "bob" }));
        typeof(Greeter).GetMethod("Set").Invoke(g, new object[] { "yo " });
        Console.WriteLine(((Greeter)g).Prefix + "|" + typeof(Greeter).GetField("Prefix").GetValue(g));
        var greet = (Func<string, string>)Delegate.CreateDelegate(typeof(Func<string, string>), g, typeof(Greeter).GetMethod("Greet"));
        Console.WriteLine(greet("ann"));
        Console.WriteLine(typeof(Base).GetMethod("Value").Invoke(new Impl(), null));
        try { typeof(Base).GetMethod("Value").Invoke(null, BindingFlags.DoNotWrapExceptions, null, null, null); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        try { typeof(ReflectionEdgeCases).GetMethod("Throwing", BindingFlags.NonPublic | BindingFlags.Static).Invoke(null, BindingFlags.DoNotWrapExceptions, null, null, null); } catch (Exception e) { Console.WriteLine("unwrapped " + e.GetType().Name); }
        var args = new object[] { null };
        Console.WriteLine(typeof(ReflectionEdgeCases).GetMethod("NullRef").Invoke(null, args) + " " + args[0]);
        args = new object[] { 5 };
        Console.WriteLine(typeof(ReflectionEdgeCases).GetMethod("NullRef").Invoke(null, args) + " " + args[0]);
        typeof(Gen<string>).GetField("Shared").SetValue(null, "shared");
        typeof(Gen<string>).GetField("PerThread").SetValue(null, 9);
        Console.WriteLine(Gen<string>.Shared + " " + Gen<string>.PerThread + " " + typeof(Gen<string>).GetField("PerThread").GetValue(null) + " " + (typeof(Gen<int>).GetField("Shared").GetValue(null)));
        Console.WriteLine(typeof(Suit).GetField("Hearts").GetValue(null) + " " + typeof(Suit).GetField("Hearts").GetRawConstantValue() + " " + typeof(Suit).GetField("Hearts").GetValue(null).GetType().Name + " " + typeof(Suit).GetFields().Length);
        var tags = (TagsAttribute)typeof(ReflectionEdgeCases).GetCustomAttributes(typeof(TagsAttribute), false)[0];
        Console.WriteLine(string.Join(",", tags.Suits) + " " + string.Join(",", tags.Types.Select(t => t.Name)) + " " + string.Join(",", tags.Objs));
        var data = typeof(ReflectionEdgeCases).GetCustomAttributesData()[0];
        Console.WriteLine(data.ToString());
        Console.WriteLine(Type.GetType("System.Collections.Generic.Dictionary`2[ System.String , System.Int32 ]") + " " + Type.GetType("System.Int32[][]") + " " + Type.GetType("System.Int32[,]"));
    }
    static void Throwing() { throw new FormatException(); }
}
