// Return codes: int Main returning a computed code, output before return, Environment.Exit from a nested call with finally not run.
using System;
class MainReturnCode {
    static int Compute(string[] args) { int code = 0; foreach (var a in args) code += a.Length; return code; }
    static int Main(string[] args) {
        Console.WriteLine("computing");
        int code = Compute(new[] { "ab", "cde", "f" });
        Console.WriteLine("code " + code);
        if (args.Length == 0) {
            try {
                Console.WriteLine("about to exit");
                Exit(code + 36);
            } finally {
                Console.WriteLine("not printed: Environment.Exit does not run finally blocks");
            }
        }
        return code;
    }
    static void Exit(int c) { Console.Out.Flush(); Environment.Exit(c); }
}
