// AppDomain.AssemblyLoad: raised for each assembly loaded once a handler is registered, by
// Assembly.Load and by the first use of a type from an assembly not loaded yet (before the code
// using it runs), once per assembly.
using System;
using System.Reflection;

class AssemblyLoadEvent {
    static void Main() {
        AppDomain.CurrentDomain.AssemblyLoad += (sender, e) =>
            Console.WriteLine("loaded " + e.LoadedAssembly.GetName().Name + " " + (sender == AppDomain.CurrentDomain));
        Console.WriteLine("start");
        Assembly.Load("System.Xml, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        Assembly.Load("System.Xml, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        Console.WriteLine("before use");
        UseUri();
        UseUri();
        Console.WriteLine("end");
    }

    static void UseUri() { Console.WriteLine(new Uri("http://example.org/a").Host); }
}
