// Console output through Mono's class library: strings, concatenation, integers, command-line
// arguments (none here), the exit code from Main.
using System;
class Hello {
    static int Main(string[] args) {
        Console.WriteLine("Hello, world!");
        Console.WriteLine("args: " + args.Length);
        int total = 0;
        for (int i = 1; i <= 100; i++) total += i;
        Console.WriteLine("sum 1..100 = " + total);
        Console.WriteLine(-42);
        Console.WriteLine(long.MinValue);
        Console.WriteLine('x');
        Console.WriteLine(true);
        Console.Write("no newline, ");
        Console.WriteLine("then one");
        return 3;
    }
}
