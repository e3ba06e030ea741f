// Type.GetType(string): names looked for in the calling assembly then the corlib, nested and
// generic names (arguments plain or assembly-qualified), array and pointer suffixes,
// assembly-qualified names bound as Assembly.Load binds them, case-insensitive lookup, blanks,
// TypeLoadException messages, and the AppDomain.TypeResolve event for names nobody has.
using System;
using System.Reflection;

namespace N { public class C { public class D { } } public class G<T> { } }

class TypeByName {
    static void Main() {
        var self = typeof(TypeByName).Assembly.GetName().Name;
        foreach (var n in new[] { "System.String", "N.C", "N.C+D", "n.c", "N.G`1[System.Int32]", "N.G`1[[N.C]]", "System.Collections.Generic.List`1[N.C]",
                                  "System.Collections.Generic.List`1[[N.C, " + self + "]]", "System.Uri", "System.Uri, System",
                                  "System.Uri, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089", "Nope", "System.Int32[]",
                                  "System.Int32*", "N.C, Nope", "Mono.Runtime", "System.Int32 ", " System.Int32", "System.Int32,mscorlib", "N.C[,]",
                                  "System.Collections.Generic.Dictionary`2[System.String,N.C[]]" }) {
            try {
                var t = Type.GetType(n);
                Console.WriteLine("[" + n.Replace(", " + self + "]", ", SELF]") + "] " + (t == null ? "null" : t.ToString()));
            } catch (Exception e) {
                Console.WriteLine("[" + n + "] " + e.GetType().Name + ": " + e.Message);
            }
        }
        try { Type.GetType("Nope", true); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("'" + self + ",", "'SELF,")); }
        try { Type.GetType("N.Nope", true); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("'" + self + ",", "'SELF,")); }
        try { Type.GetType("N.C, Nope", true); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine(Type.GetType("N.C[", false) == null);
        Console.WriteLine(Type.GetType("n.c+d", false, true));
        Console.WriteLine(Type.GetType("system.collections.generic.list`1[[system.int32]]", false, true));
        AppDomain.CurrentDomain.TypeResolve += (sender, args) => {
            Console.WriteLine("type resolve " + args.Name);
            return args.Name == "System.Uri" ? typeof(Uri).Assembly : null;
        };
        Console.WriteLine(Type.GetType("System.Uri"));
        Console.WriteLine(Type.GetType("Still.Nope") == null);
        AppDomain.CurrentDomain.AssemblyResolve += (sender, args) => {
            Console.WriteLine("assembly resolve " + args.Name);
            return args.Name.StartsWith("Elsewhere,") ? typeof(Uri).Assembly : null;
        };
        Console.WriteLine(Type.GetType("N.C, Missing.Lib") == null);
        Console.WriteLine(Type.GetType("System.Uri, Elsewhere"));
        Console.WriteLine(Type.GetType("System.Uri, Elsewhere, Version=2.0.0.0, Culture=neutral, PublicKeyToken=null"));
    }
}
