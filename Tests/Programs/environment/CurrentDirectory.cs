// The current directory (the program's source folder when the corpus runs it) through Directory,
// Environment and Path.GetFullPath.
using System;
using System.IO;

class CurrentDirectory {
    static void Main() {
        string current = Directory.GetCurrentDirectory();
        Console.WriteLine("rooted " + Path.IsPathRooted(current));
        Console.WriteLine("folder " + current.Replace('\\', '/').EndsWith("/environment"));
        Console.WriteLine("no trailing separator " + !current.EndsWith("/"));
        Console.WriteLine("environment agrees " + (Environment.CurrentDirectory == current));
        Console.WriteLine("full path " + (Path.GetFullPath("x.txt") == Path.Combine(current, "x.txt")));
        Console.WriteLine("parent " + (Path.GetFullPath("..") == Path.GetDirectoryName(current)));
        Console.WriteLine("dot " + (Path.GetFullPath(".") == current));
        Console.WriteLine("nested " + Path.GetFullPath("a/./b/../c.txt").EndsWith("/environment/a/c.txt"));
        Console.WriteLine("absolute kept " + Path.GetFullPath("/tmp/../usr/./lib"));
    }
}
