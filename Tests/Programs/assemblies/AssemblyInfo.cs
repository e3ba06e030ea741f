// Assembly and Module facts: names, locations, runtime version, types (GetTypes, GetExportedTypes,
// GetType with nested, generic, array and case-insensitive names), modules, PE kind, manifest
// resources of mscorlib, executing/calling/entry assembly.
using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Shapes {
    public class Outer { public class Inner { } class Hidden { } }
    public class Box<T> { }
    interface IInternal { }
    public struct Point { }
}

class Helper {
    public static Assembly Calling() { return Assembly.GetCallingAssembly(); }
}

class AssemblyInfo {
    static void Main() {
        var a = typeof(AssemblyInfo).Assembly;
        Console.WriteLine(a.FullName.EndsWith(", Version=0.0.0.0, Culture=neutral, PublicKeyToken=null"));
        Console.WriteLine(a.Location.EndsWith(".exe") + " " + Path.IsPathRooted(a.Location) + " " + a.CodeBase.StartsWith("file:///") + " " + a.CodeBase.EndsWith(Path.GetFileName(a.Location)));
        Console.WriteLine(a.EscapedCodeBase == a.CodeBase);
        Console.WriteLine(a.ImageRuntimeVersion + " " + a.GlobalAssemblyCache + " " + a.ReflectionOnly + " " + a.IsDynamic);
        var corlib = typeof(object).Assembly;
        Console.WriteLine(corlib.FullName);
        Console.WriteLine(corlib.Location + " " + corlib.CodeBase + " " + corlib.GlobalAssemblyCache);
        Console.WriteLine(typeof(Uri).Assembly.Location + " " + typeof(Uri).Assembly.GlobalAssemblyCache);
        Console.WriteLine(ReferenceEquals(a, Assembly.GetExecutingAssembly()) + " " + ReferenceEquals(a, Assembly.GetEntryAssembly()) + " " + ReferenceEquals(a, Helper.Calling()));
        Console.WriteLine(ReferenceEquals(a, Assembly.GetCallingAssembly()));
        // (Type.FullName of generic and nested types needs reflection members: names and identity here.)
        Console.WriteLine(string.Join(",", a.GetTypes().Select(t => t.Namespace + ":" + t.Name)));
        Console.WriteLine(string.Join(",", a.GetExportedTypes().Select(t => t.Namespace + ":" + t.Name)));
        Console.WriteLine(a.GetTypes().Contains(typeof(Shapes.Outer.Inner)) + " " + a.GetTypes()[3].IsGenericTypeDefinition);
        Console.WriteLine((a.GetType("Shapes.Outer+Inner") == typeof(Shapes.Outer.Inner)) + " " + (a.GetType("shapes.outer+INNER", false, true) == typeof(Shapes.Outer.Inner)) + " " + (a.GetType("Shapes.Outer[]") == typeof(Shapes.Outer[])) + " " + a.GetType("Shapes.Point&").IsByRef);
        Console.WriteLine((a.GetType("Shapes.Box`1[System.Int32]") == null) + " " + (a.GetType("Shapes.Box`1") == typeof(Shapes.Box<>)) + " " + (a.GetType("Shapes.Box`1[[Shapes.Point]]") == typeof(Shapes.Box<Shapes.Point>)) + " " + (a.GetType("Shapes.Box`1[Shapes.Point][]") == typeof(Shapes.Box<Shapes.Point>[])));
        Console.WriteLine((a.GetType("System.String") == null) + " " + (a.GetType("Shapes.Nope") == null) + " " + (a.GetType("Shapes.Outer+Nope") == null) + " " + (a.GetType("Shapes.Box`1[[System.Int32, mscorlib]]") == null));
        try { a.GetType("Shapes.Nope", true); } catch (TypeLoadException e) { Console.WriteLine("TypeLoadException " + e.Message.Contains("Shapes.Nope")); }
        Console.WriteLine((corlib.GetType("System.Collections.Generic.List`1") == typeof(System.Collections.Generic.List<>)) + " " + (corlib.GetType("System.Collections.Generic.Dictionary`2[System.String,System.Int32]") == typeof(System.Collections.Generic.Dictionary<string, int>)));
        var m = a.ManifestModule;
        Console.WriteLine((m.Name == Path.GetFileName(a.Location)) + " " + (m.FullyQualifiedName == a.Location) + " " + m.ScopeName.EndsWith(".exe"));
        Console.WriteLine(m.MDStreamVersion + " " + m.MetadataToken + " " + a.GetModules().Length + " " + ReferenceEquals(a.GetModules()[0], m) + " " + ReferenceEquals(m.Assembly, a));
        Console.WriteLine(m.ModuleVersionId != Guid.Empty);
        Console.WriteLine(corlib.ManifestModule.Name + " " + corlib.ManifestModule.ScopeName + " " + corlib.ManifestModule.ModuleVersionId);
        PortableExecutableKinds kind; ImageFileMachine machine;
        m.GetPEKind(out kind, out machine);
        Console.WriteLine(kind + " " + machine);
        corlib.ManifestModule.GetPEKind(out kind, out machine);
        Console.WriteLine(kind + " " + machine);
        Console.WriteLine(string.Join(",", corlib.GetManifestResourceNames()) + " " + a.GetManifestResourceNames().Length);
        var info = corlib.GetManifestResourceInfo("charinfo.nlp");
        Console.WriteLine(info.ResourceLocation + " " + (info.FileName == null) + " " + (info.ReferencedAssembly == null) + " " + (corlib.GetManifestResourceInfo("nope") == null));
        using (var s = corlib.GetManifestResourceStream("collation.core.bin")) Console.WriteLine(s.Length + " " + s.ReadByte() + " " + s.CanWrite);
        Console.WriteLine(corlib.GetManifestResourceStream("nope") == null);
        Console.WriteLine(a.GetFiles().Length + " " + (a.GetFiles()[0].Name == a.Location));
        var module = corlib.GetModules()[0];
        Console.WriteLine(module.ResolveType(0x02000002).Name + " " + module.ResolveString(0x70000001).Length);
        try { module.ResolveType(0x70000001); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { module.ResolveType(0x02ffffff); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine((m.ResolveType(0x02000002) == typeof(Shapes.Outer)) + " " + m.ResolveType(0x01000001).Name);
        Console.WriteLine(m.ResolveSignature(0x11000001)[0] + " " + m.ResolveSignature(0x11000001).Length);
        try { m.ResolveSignature(0x0a000001); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(a.Evidence != null);
    }
}
