// AssemblyName: parsing display names as mono 6.8 does (versions, cultures, tokens, keys,
// Retargetable, ProcessorArchitecture, quotes, invalid names), the names of loaded and referenced
// assemblies (flags, hash algorithm, key and token, architecture), public key tokens.
using System;
using System.Reflection;

class AssemblyNames {
    static string Token(byte[] t) { return t == null ? "null" : t.Length == 0 ? "empty" : BitConverter.ToString(t); }

    static void Show(string text) {
        try {
            var n = new AssemblyName(text);
            Console.WriteLine("[" + text + "] " + n.FullName + " | " + n.Name + " | " + (n.Version == null ? "-" : n.Version.ToString()) + " | "
                + (n.CultureInfo == null ? "-" : "'" + n.CultureInfo.Name + "'") + " | " + Token(n.GetPublicKeyToken()) + " | " + n.Flags + " | "
                + n.ProcessorArchitecture + " | " + (n.GetPublicKey() == null ? "nokey" : n.GetPublicKey().Length.ToString()));
        } catch (Exception e) {
            Console.WriteLine("[" + text + "] " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main() {
        foreach (var text in new[] {
            "Foo", "Foo, Version=1.2.3.4", "Foo, Version=1.2", "Foo, Version=1.2.3", "Foo, Version=1", "Foo, Version=1.x",
            "Foo, Version=1.2.3.4.5", "Foo, Version=1.2.3.70000", "Foo, Version=", "Foo, Culture=neutral", "Foo, Culture=NEUTRAL",
            "Foo, Culture=", "Foo, PublicKeyToken=null", "Foo, PublicKeyToken=B77A5C561934E089", "Foo, PublicKeyToken=b77a5c561934e08",
            "Foo, PublicKeyToken=zz7a5c561934e089", "Foo,Version=1.0.0.0,Culture=neutral,PublicKeyToken=b77a5c561934e089",
            " Foo , version = 2.0.0.0 ", "'Foo', Version='1.0.0.0'", "Foo, Version=1.0.0.0, Version=2.0.0.0", "Fo/o", "Fo:o",
            "Foo, Retargetable=Yes", "Foo, Retargetable=Yes, Version=1.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
            "Foo, Retargetable=No, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", "Foo, Retargetable=Maybe",
            "Foo, ProcessorArchitecture=MSIL", "Foo, ProcessorArchitecture=amd64", "Foo, ProcessorArchitecture=x86",
            "Foo, ProcessorArchitecture=Itanium", "Foo, Bogus=1", "Foo,", "Foo, Version", "a,b=1,c=2,d=3,e=4,f=5,g=6",
            "Foo, PublicKey=00000000000000000400000000000000",
            "Foo, PublicKey=null",
            "Foo, PublicKey=0602000000240000525341310004000001000100",
            "Foo, PublicKey=1234", "" })
            Show(text);
        // A real strong-name key (Mono.Security's): its token is computed from it.
        var key = Assembly.Load("Mono.Security, Version=4.0.0.0, Culture=neutral, PublicKeyToken=0738eb9f132ed756").GetName().GetPublicKey();
        Console.WriteLine(key.Length);
        Show("Foo, PublicKey=" + BitConverter.ToString(key).Replace("-", ""));
        Show("Foo, PublicKey=" + BitConverter.ToString(key).Replace("-", "").Substring(24));
        Show("Foo, PublicKey=" + BitConverter.ToString(key).Replace("-", "").Substring(2));
        var n = new AssemblyName("Bar");
        n.SetPublicKey(key);
        Console.WriteLine(Token(n.GetPublicKeyToken()) + " " + n.Flags);
        var own = typeof(AssemblyNames).Assembly.GetName();
        Console.WriteLine((own.Name.Length > 0) + " " + own.Version + " '" + own.CultureInfo.Name + "' " + own.Flags + " " + own.HashAlgorithm + " " + Token(own.GetPublicKeyToken())
            + " " + own.GetPublicKey().Length + " " + own.ProcessorArchitecture + " " + own.VersionCompatibility + " " + own.CodeBase.StartsWith("file:///"));
        var corlib = typeof(object).Assembly.GetName();
        Console.WriteLine(corlib.FullName + " " + corlib.Flags + " " + corlib.HashAlgorithm + " " + corlib.GetPublicKey().Length + " " + Token(corlib.GetPublicKeyToken()) + " " + corlib.ProcessorArchitecture);
        var system = typeof(Uri).Assembly.GetName(false);
        Console.WriteLine(system.FullName + " " + (system.CodeBase == null) + " " + system.GetPublicKey().Length);
        foreach (var r in typeof(AssemblyNames).Assembly.GetReferencedAssemblies())
            Console.WriteLine("ref " + r.FullName + " | " + r.Flags + " | " + r.HashAlgorithm + " | " + r.ProcessorArchitecture + " | '" + r.CultureInfo.Name + "' | " + (r.GetPublicKey() == null) + " | " + (r.CodeBase == null));
        foreach (var r in typeof(Uri).Assembly.GetReferencedAssemblies()) Console.WriteLine("System refs " + r.Name);
        Console.WriteLine(AssemblyName.ReferenceMatchesDefinition(new AssemblyName("mscorlib"), corlib));
        var copy = (AssemblyName)corlib.Clone();
        Console.WriteLine(copy.FullName == corlib.FullName);
    }
}
