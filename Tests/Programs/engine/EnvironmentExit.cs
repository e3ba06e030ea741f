// Environment.Exit(n) inside a try with a finally and from a nested call: the process ends with
// exit code n at once (mono does not run the pending finally blocks), and nothing after it prints.
using System;
class EnvironmentExit {
    static void Deep(int n) { if (n == 0) { Console.WriteLine("exiting with 23"); Environment.Exit(23); } Deep(n - 1); }
    static int Main() {
        try { Console.WriteLine("in try"); Deep(5); }
        finally { Console.WriteLine("finally (mono skips it)"); }
        Console.WriteLine("after (never)");
        return 1;
    }
}
