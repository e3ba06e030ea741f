// Environment.GetCommandLineArgs: the program's full path first (as mono gives it), then Main's
// arguments; Environment.CommandLine joins them.
using System;
using System.IO;

class CommandLine {
    static void Main(string[] args) {
        string[] all = Environment.GetCommandLineArgs();
        Console.WriteLine("count " + all.Length + " (Main has " + args.Length + ")");
        Console.WriteLine("program rooted " + Path.IsPathRooted(all[0]));
        Console.WriteLine("program name " + Path.GetFileName(all[0]).EndsWith(".exe"));
        Console.WriteLine("no dot segments " + (all[0].IndexOf("/./") < 0 && all[0].IndexOf("/../") < 0));
        for (int i = 1; i < all.Length; i++) Console.WriteLine(i + ": [" + all[i] + "] same as Main: " + (all[i] == args[i - 1]));
        Console.WriteLine("fresh array " + !object.ReferenceEquals(all, Environment.GetCommandLineArgs()));
        all[1] = "changed";
        Console.WriteLine("copy kept " + Environment.GetCommandLineArgs()[1]);
        string line = Environment.CommandLine;
        Console.WriteLine("command line ends with arguments " + line.EndsWith(string.Join(" ", args)));
        Console.WriteLine("command line starts with program " + line.StartsWith(Environment.GetCommandLineArgs()[0]));
        Console.WriteLine("friendly name " + (AppDomain.CurrentDomain.FriendlyName == Path.GetFileName(all[0])));
    }
}
