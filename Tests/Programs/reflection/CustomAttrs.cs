// Custom attributes: constructor arguments of every kind (primitives, strings, enums, types,
// arrays, object), named fields and properties, attributes on types, methods, constructors,
// fields, properties, events, parameters, return values and the assembly; inheritance and
// AllowMultiple; IsDefined; CustomAttributeData with its typed and named arguments.
using System;
using System.Linq;
using System.Reflection;
[assembly: Asm("assembly level")]
public enum Level { Low = 1, Mid = 5, High = 10 }
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = true)]
public class InfoAttribute : Attribute {
    public string Text; public Level Level { get; set; } public Type Kind; public int[] Numbers; public object Any; public double Ratio;
    public InfoAttribute() { Text = "default"; }
    public InfoAttribute(string text) { Text = text; }
    public InfoAttribute(string text, Level level, Type kind) { Text = text; Level = level; Kind = kind; }
    public InfoAttribute(int[] numbers, object any) { Numbers = numbers; Any = any; }
    public override string ToString() => "Info(" + Text + "," + Level + "," + (Kind == null ? "-" : Kind.Name) + "," + (Numbers == null ? "-" : string.Join("/", Numbers)) + "," + (Any ?? "-") + "," + Ratio + ")";
}
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public class SealedOnlyAttribute : Attribute { }
[AttributeUsage(AttributeTargets.Assembly)]
public class AsmAttribute : Attribute { public string Name; public AsmAttribute(string n) { Name = n; } }
public class MarkerAttribute : Attribute { public char C; public byte B; public long L; public bool F; public MarkerAttribute(char c, byte b, long l, bool f) { C = c; B = b; L = l; F = f; } }
[Info("on class", Level.High, typeof(string), Ratio = 0.5)]
[Info(new[] { 1, 2, 3 }, Level.Mid)]
[SealedOnly, Serializable]
public class Target {
    [Info("field")] public int Field;
    [Info(Level = Level.Low)] public string Prop { get; set; }
    [Info("ctor")] public Target() { }
    [Info("method")] [return: Info("return")] public int Method([Info("param")] int x, [Marker('z', 200, -5L, true)] string y) => x;
    [Info("event")] public event EventHandler Happened;
    [Obsolete("use New")] public void Old() { Happened?.Invoke(this, null); }
    [Info(null, Level.Low, null, Any = typeof(int))] public void Nulls() { }
    [Info(new int[0], "str", Text = "arr")] public void Arrays() { }
}
public class Child : Target { }
class CustomAttrs {
    static string S(object[] attrs) => string.Join("; ", attrs.Select(a => a.GetType().Name + ":" + a).OrderBy(x => x, StringComparer.Ordinal));
    static void Main() {
        var t = typeof(Target);
        Console.WriteLine(S(t.GetCustomAttributes(false)));
        Console.WriteLine(S(t.GetCustomAttributes(typeof(InfoAttribute), false)));
        Console.WriteLine(S(typeof(Child).GetCustomAttributes(true)) + " | " + S(typeof(Child).GetCustomAttributes(false)));
        Console.WriteLine(t.IsDefined(typeof(InfoAttribute), false) + " " + typeof(Child).IsDefined(typeof(InfoAttribute), true) + " " + typeof(Child).IsDefined(typeof(SealedOnlyAttribute), true) + " " + t.IsDefined(typeof(ObsoleteAttribute), false));
        Console.WriteLine(S(t.GetField("Field").GetCustomAttributes(false)) + " | " + S(t.GetProperty("Prop").GetCustomAttributes(false)) + " | " + S(t.GetConstructor(Type.EmptyTypes).GetCustomAttributes(false)));
        var m = t.GetMethod("Method");
        Console.WriteLine(S(m.GetCustomAttributes(false)) + " | " + S(m.ReturnParameter.GetCustomAttributes(false)) + " | " + S(m.GetParameters()[0].GetCustomAttributes(false)));
        var marker = (MarkerAttribute)m.GetParameters()[1].GetCustomAttributes(typeof(MarkerAttribute), false)[0];
        Console.WriteLine(marker.C + " " + marker.B + " " + marker.L + " " + marker.F);
        Console.WriteLine(S(t.GetEvent("Happened").GetCustomAttributes(false)) + " | " + ((ObsoleteAttribute)t.GetMethod("Old").GetCustomAttributes(typeof(ObsoleteAttribute), false)[0]).Message);
        Console.WriteLine(S(t.GetMethod("Nulls").GetCustomAttributes(false)) + " | " + S(t.GetMethod("Arrays").GetCustomAttributes(false)));
        Console.WriteLine(((AsmAttribute)typeof(CustomAttrs).Assembly.GetCustomAttributes(typeof(AsmAttribute), false)[0]).Name);
        Console.WriteLine(Attribute.GetCustomAttribute(t.GetField("Field"), typeof(InfoAttribute)) + " " + Attribute.IsDefined(m, typeof(InfoAttribute)) + " " + Attribute.GetCustomAttributes(t, typeof(InfoAttribute)).Length);
        foreach (var data in t.GetCustomAttributesData().OrderBy(d => d.ToString(), StringComparer.Ordinal)) {
            Console.WriteLine(data.AttributeType.Name + " ctor(" + string.Join(",", data.Constructor.GetParameters().Select(p => p.ParameterType.Name)) + ")");
            foreach (var a in data.ConstructorArguments) Console.WriteLine("  arg " + a.ArgumentType.Name + " = " + a.Value);
            foreach (var n in data.NamedArguments) Console.WriteLine("  named " + n.MemberName + " " + n.IsField + " " + n.TypedValue.ArgumentType.Name + " = " + n.TypedValue.Value);
        }
        Console.WriteLine(t.GetCustomAttributesData().Count + " " + m.GetCustomAttributesData().Count + " " + m.GetParameters()[1].GetCustomAttributesData()[0]);
        var usage = (AttributeUsageAttribute)Attribute.GetCustomAttribute(typeof(InfoAttribute), typeof(AttributeUsageAttribute));
        Console.WriteLine(usage.ValidOn + " " + usage.AllowMultiple + " " + usage.Inherited);
        Console.WriteLine(typeof(FlagsAttribute).IsDefined(typeof(AttributeUsageAttribute), false) + " " + typeof(Level).IsDefined(typeof(FlagsAttribute), false) + " " + typeof(AttributeTargets).IsDefined(typeof(FlagsAttribute), false));
    }
}
