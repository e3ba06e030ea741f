// Hello world variants: Console.Write/WriteLine overloads, format overloads, char arrays, Console.Out, return code.
using System;
using System.IO;
class HelloVariants {
    static int Main(string[] args) {
        Console.WriteLine("Hello, World!");
        Console.Write("Hello");
        Console.Write(", ");
        Console.Write("World");
        Console.WriteLine('!');
        Console.WriteLine(new char[] { 'c', 'h', 'a', 'r', 's' });
        Console.WriteLine(new char[] { 'a', 'b', 'c', 'd', 'e' }, 1, 3);
        Console.WriteLine("{0} {1}", "two", "args");
        Console.WriteLine("{0} {1} {2}", 1, 2, 3);
        Console.WriteLine("{0}{1}{2}{3}", 'a', 'b', 'c', 'd');
        Console.WriteLine(42);
        Console.WriteLine(42L);
        Console.WriteLine(42u);
        Console.WriteLine(42UL);
        Console.WriteLine(true);
        Console.WriteLine(false);
        Console.WriteLine(1.5);
        Console.WriteLine(2.25f);
        Console.WriteLine(3.125m);
        Console.WriteLine((object)null);
        Console.WriteLine((string)null);
        Console.WriteLine();
        Console.WriteLine(new object[] { 1, "x" }.Length);
        Console.Out.WriteLine("via Console.Out");
        Console.Out.Write("Out.Write {0}\n", 7);
        TextWriter w = Console.Out;
        w.WriteLine("TextWriter {0} {1}", 1.0, 'z');
        Console.Write(1); Console.Write(' '); Console.Write(2L); Console.Write(' '); Console.Write(3.5); Console.Write(' '); Console.Write(true); Console.WriteLine();
        Console.Write("{0}-{1}\n", "a", "b");
        Console.Error.WriteLine("this goes to stderr");
        string s = "interp";
        Console.WriteLine($"{s} {s.Length} {s.ToUpper()}");
        Console.WriteLine("args.Length = " + args.Length);
        Console.WriteLine(string.Concat("con", "cat", "enated"));
        Console.WriteLine("tab\there");
        Console.WriteLine("unicode: \u00e9\u00e8 \u4e2d\u6587");
        Console.Out.Flush();
        return 0;
    }
}
