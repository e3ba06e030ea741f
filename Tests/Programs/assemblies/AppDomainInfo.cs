// The root AppDomain: name, base directory, setup (ApplicationBase, ConfigurationFile), GetData's
// special keys and SetData's values, identity, remoting context, process GUID, assemblies.
using System;
using System.IO;
using System.Linq;
using System.Reflection;

class AppDomainInfo {
    static void Main() {
        var d = AppDomain.CurrentDomain;
        var program = typeof(AppDomainInfo).Assembly.Location;
        Console.WriteLine(d.FriendlyName == Path.GetFileName(program));
        Console.WriteLine(d.BaseDirectory.EndsWith("/") + " " + (d.BaseDirectory == Path.GetDirectoryName(program) + "/") + " " + (d.BaseDirectory == Environment.CurrentDirectory + "/"));
        var setup = d.SetupInformation;
        Console.WriteLine((setup.ApplicationBase == d.BaseDirectory) + " " + (setup.ConfigurationFile == program + ".config") + " " + (setup.ApplicationName ?? "null")
            + " " + (setup.PrivateBinPath ?? "null") + " " + (setup.CachePath ?? "null") + " " + setup.ShadowCopyFiles + " " + setup.LoaderOptimization);
        Console.WriteLine((d.GetData("APPBASE") as string == d.BaseDirectory) + " " + (d.GetData("APP_CONFIG_FILE") as string == program + ".config"));
        foreach (var key in new[] { "APP_NAME", "DYNAMIC_BASE", "CACHE_BASE", "PRIVATE_BINPATH", "BINPATH_PROBE_ONLY", "SHADOW_COPY_DIRS", "FORCE_CACHE_INSTALL", "nothing" })
            Console.Write(key + "=" + (d.GetData(key) ?? "null") + " ");
        Console.WriteLine();
        d.SetData("answer", 42);
        d.SetData("list", new[] { 1, 2, 3 });
        Console.WriteLine(d.GetData("answer") + " " + ((int[])d.GetData("list")).Sum() + " " + (d.GetData("ANSWER") == null));
        d.SetData("answer", "changed");
        d.SetData("APPBASE", "/elsewhere");
        Console.WriteLine(d.GetData("answer") + " " + (d.GetData("APPBASE") as string == d.BaseDirectory));
        d.SetData("answer", null);
        Console.WriteLine(d.GetData("answer") == null);
        try { d.GetData(null); } catch (ArgumentNullException e) { Console.WriteLine(e.GetType().Name); }
        GC.Collect();
        Console.WriteLine(((int[])d.GetData("list")).Length);
        Console.WriteLine(d.Id + " " + d.IsDefaultAppDomain() + " " + ReferenceEquals(d, AppDomain.CurrentDomain) + " " + (d.DynamicDirectory ?? "null") + " " + (d.RelativeSearchPath ?? "null"));
        Console.WriteLine(d.ToString().Contains(d.FriendlyName));
        Console.WriteLine(d.ShadowCopyFiles + " " + d.IsFullyTrusted + " " + d.IsHomogenous);
        Console.WriteLine(System.Threading.Thread.GetDomain() == d);
        Console.WriteLine(System.Threading.Thread.GetDomainID());
        var context = System.Threading.Thread.CurrentContext;
        Console.WriteLine(context.ContextID + " " + ReferenceEquals(context, System.Runtime.Remoting.Contexts.Context.DefaultContext));
        var assemblies = d.GetAssemblies();
        Console.WriteLine(assemblies[0].GetName().Name + " " + assemblies.Contains(typeof(AppDomainInfo).Assembly) + " " + d.ReflectionOnlyGetAssemblies().Length);
        var before = d.GetAssemblies().Length;
        Assembly.Load("System.Xml, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        Console.WriteLine(d.GetAssemblies().Length - before);
    }
}
