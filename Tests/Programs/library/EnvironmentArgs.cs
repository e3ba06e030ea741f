// Command-line arguments from NAME.args (void Main(string[])), parsing them, and Environment.ExitCode set before a normal return.
using System;
class EnvironmentArgs {
    static void Main(string[] args) {
        Console.WriteLine("argc " + args.Length);
        for (int i = 0; i < args.Length; i++) Console.WriteLine("arg[" + i + "] = " + args[i] + " (len " + args[i].Length + ")");
        int sum = 0;
        foreach (var a in args) if (int.TryParse(a, out int n)) sum += n;
        Console.WriteLine("numeric sum " + sum);
        Console.WriteLine("joined " + string.Join("+", args));
        Console.WriteLine("has flag --verbose: " + Array.IndexOf(args, "--verbose"));
        Console.WriteLine(Environment.ExitCode);
        Environment.ExitCode = 7;
        Console.WriteLine("exit code set to " + Environment.ExitCode);
    }
}
