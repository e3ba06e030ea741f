// Member lists through BindingFlags: public/non-public, static/instance, declared only, flatten
// hierarchy, overrides hidden by the base slot, `new` members, properties and indexers, events,
// constructors, GetMethod by name and parameter types, GetMember and ignore-case lookups.
using System;
using System.Linq;
using System.Reflection;
class Base {
    public int BaseField; protected int protField; private int basePrivate; internal int baseInternal;
    public static int BaseStatic; private static int basePrivateStatic;
    public virtual string Speak() => "base"; public virtual string Other() => "o"; public string Hidden() => "base hidden";
    public static string StaticBase() => "sb"; protected virtual void Prot() { } private void Priv() { }
    public int Prop { get; set; } public virtual string VProp => "v"; protected string ProtProp { get; set; }
    public event EventHandler BaseEvent; private event EventHandler PrivateEvent;
    public static int StaticProp { get; set; }
    public Base() { } protected Base(int x) { } static Base() { }
    void UseEvents() { BaseEvent?.Invoke(null, null); PrivateEvent?.Invoke(null, null); basePrivate = basePrivateStatic; }
}
class Derived : Base {
    public string DerivedField; public new int BaseField; private int derivedPrivate;
    public override string Speak() => "derived"; public new string Hidden() => "derived hidden";
    public override string VProp => "dv";
    public int this[int i] => i * 2; public string this[string s] { get => s; set { } }
    public event Action Changed;
    public void Overload(int x) { } public void Overload(string s) { } public void Overload(int x, int y) { } public static void Overload(double d) { }
    public Derived() { } public Derived(string s) : base(1) { }
    void Use() { Changed?.Invoke(); derivedPrivate = 1; }
}
class MemberQueries {
    const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
    static string J<T>(T[] items, Func<T, string> f) => string.Join(",", items.Select(f).Where(n => !n.Contains("<")).OrderBy(n => n, StringComparer.Ordinal));
    static string M(MethodInfo m) => m.DeclaringType.Name + "." + m.Name + "(" + string.Join(",", m.GetParameters().Select(p => p.ParameterType.Name)) + ")";
    static void Main() {
        var d = typeof(Derived);
        Console.WriteLine("methods: " + J(d.GetMethods(), M));
        Console.WriteLine("declared: " + J(d.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly), M));
        Console.WriteLine("nonpublic: " + J(d.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance), M));
        Console.WriteLine("static: " + J(d.GetMethods(BindingFlags.Public | BindingFlags.Static), M));
        Console.WriteLine("static flat: " + J(d.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy), M));
        Console.WriteLine("fields: " + J(d.GetFields(), f => f.DeclaringType.Name + "." + f.Name));
        Console.WriteLine("all fields: " + J(d.GetFields(All), f => f.DeclaringType.Name + "." + f.Name));
        Console.WriteLine("flat fields: " + J(d.GetFields(All | BindingFlags.FlattenHierarchy), f => f.DeclaringType.Name + "." + f.Name));
        Console.WriteLine("props: " + J(d.GetProperties(), p => p.DeclaringType.Name + "." + p.Name + ":" + p.PropertyType.Name + ":" + p.GetIndexParameters().Length));
        Console.WriteLine("all props: " + J(d.GetProperties(All), p => p.DeclaringType.Name + "." + p.Name));
        Console.WriteLine("events: " + J(d.GetEvents(), e => e.DeclaringType.Name + "." + e.Name + ":" + e.EventHandlerType.Name));
        Console.WriteLine("all events: " + J(d.GetEvents(All), e => e.Name));
        Console.WriteLine("ctors: " + J(d.GetConstructors(), c => c.Name + "(" + c.GetParameters().Length + ")") + " | " + J(typeof(Base).GetConstructors(All), c => c.Name + "(" + c.GetParameters().Length + ")"));
        Console.WriteLine(M(d.GetMethod("Speak")) + " " + M(d.GetMethod("Hidden")) + " " + M(d.GetMethod("Other")));
        Console.WriteLine(M(d.GetMethod("Overload", new[] { typeof(string) })) + " " + M(d.GetMethod("Overload", new[] { typeof(int), typeof(int) })) + " " + M(d.GetMethod("Overload", new[] { typeof(double) })));
        try { d.GetMethod("Overload"); } catch (AmbiguousMatchException) { Console.WriteLine("ambiguous"); }
        Console.WriteLine((d.GetMethod("speak") == null) + " " + M(d.GetMethod("speak", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)));
        Console.WriteLine(d.GetProperty("Item", new[] { typeof(int) }).PropertyType + " " + d.GetProperty("VProp").DeclaringType.Name + " " + d.GetProperty("Prop").CanWrite + " " + d.GetProperty("VProp").CanWrite);
        Console.WriteLine(string.Join(",", d.GetMember("Overload").Select(m => m.MemberType.ToString()).Distinct()) + " " + d.GetMember("Changed")[0].MemberType + " " + d.GetMember("DerivedField")[0].MemberType);
        Console.WriteLine(d.GetField("basePrivate", All) == null ? "base private hidden" : "base private visible");
        Console.WriteLine(typeof(Base).GetField("basePrivate", All).Name + " " + typeof(Base).GetMethod("Priv", All).Name + " " + d.GetMethod("Prot", All).DeclaringType.Name);
        Console.WriteLine(d.GetMethod("Speak").GetBaseDefinition().DeclaringType.Name + " " + d.GetMethod("ToString").DeclaringType.Name + " " + d.GetMethod("Speak").ReflectedType.Name);
        var getter = d.GetProperty("Prop").GetGetMethod();
        Console.WriteLine(getter.Name + " " + getter.IsSpecialName + " " + getter.ReturnType.Name + " " + d.GetEvent("Changed").GetAddMethod().Name);
        var mo = d.GetMethod("Overload", new[] { typeof(int), typeof(int) });
        Console.WriteLine(string.Join(",", mo.GetParameters().Select(p => p.Position + ":" + p.Name + ":" + p.ParameterType.Name)) + " " + mo.IsPublic + " " + mo.IsStatic + " " + mo.IsVirtual + " " + d.GetMethod("Speak").IsVirtual);
        Console.WriteLine(typeof(string).GetMethod("Substring", new[] { typeof(int), typeof(int) }).ToString() + " " + typeof(string).GetProperty("Length").GetValue("hello"));
        Console.WriteLine(typeof(Base).TypeInitializer != null);
        Console.WriteLine(J(typeof(IComparable<int>).GetMethods(), x => x.Name) + " " + typeof(int[]).GetProperty("Length").Name);
    }
}
