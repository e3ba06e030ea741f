// Loading assemblies by name and path: strong names through the GAC, partial names only when
// loaded or next to the program (as mono binds them), framework versions unified, facades,
// Load(byte[]), LoadFrom/LoadFile, missing files, AppDomain.AssemblyResolve for names nothing
// provides, and the domain's assembly list.
using System;
using System.IO;
using System.Linq;
using System.Reflection;

class AssemblyLoading {
    static void Try(string name) {
        try {
            var a = Assembly.Load(name);
            Console.WriteLine("[" + name + "] " + a.FullName + " | " + a.Location + " | " + a.GlobalAssemblyCache);
        } catch (Exception e) {
            Console.WriteLine("[" + name + "] " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main() {
        Try("System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        Try("System.Xml, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        Try("mscorlib");
        Try("System");
        Try("System, Version=2.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        Try("System.Runtime, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a");
        Try("System.Numerics");
        Try("DoesNotExist");
        Try("DoesNotExist, Version=1.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        Console.WriteLine(ReferenceEquals(Assembly.Load("System"), typeof(Uri).Assembly));
        var numerics = Assembly.LoadFrom("/usr/lib/mono/4.5/System.Numerics.dll");
        Console.WriteLine(numerics.FullName + " | " + numerics.Location);
        Console.WriteLine(ReferenceEquals(numerics, Assembly.LoadFile("/usr/lib/mono/4.5/System.Numerics.dll")) + " " + ReferenceEquals(numerics, Assembly.Load("System.Numerics")));
        try { Assembly.LoadFrom("/nonexistent/x.dll"); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        var name = AssemblyName.GetAssemblyName("/usr/lib/mono/4.5/System.Data.dll");
        Console.WriteLine(name.FullName + " | " + name.CodeBase + " | " + name.Flags);
        try { AssemblyName.GetAssemblyName("/nonexistent/x.dll"); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        var bytes = File.ReadAllBytes("/usr/lib/mono/4.5/System.Drawing.dll");
        var fromBytes = Assembly.Load(bytes);
        Console.WriteLine(fromBytes.FullName + " | [" + fromBytes.Location + "] | " + fromBytes.GlobalAssemblyCache);
        Console.WriteLine(string.Join(",", AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Where(n => n != typeof(AssemblyLoading).Assembly.GetName().Name)));
        Console.WriteLine(AppDomain.CurrentDomain.GetAssemblies()[0] == typeof(object).Assembly);
        Console.WriteLine(AppDomain.CurrentDomain.GetAssemblies().Contains(typeof(AssemblyLoading).Assembly));

        Try("Alias2");
        int asked = 0;
        ResolveEventHandler handler = (sender, args) => {
            asked++;
            Console.WriteLine("resolve " + args.Name + " " + (sender == AppDomain.CurrentDomain) + " " + (args.RequestingAssembly == null));
            return args.Name.StartsWith("Alias") ? typeof(Uri).Assembly : null;
        };
        AppDomain.CurrentDomain.AssemblyResolve += handler;
        Try("Alias, Version=1.2.3.4, Culture=neutral, PublicKeyToken=null");
        Try("Nothing");
        Try("System.Xml");
        Console.WriteLine(asked);
    }
}
