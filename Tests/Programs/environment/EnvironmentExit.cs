// Environment.Exit from inside nested calls and try blocks: the ProcessExit handlers run (each in
// the order added, a throwing one ends the list), pending finally blocks do not, and the process
// ends with the code given (a handler's change of Environment.ExitCode does not count).
using System;

class EnvironmentExit {
    static int depth;

    static void Recurse(int n) {
        try {
            depth++;
            if (n == 0) {
                Console.WriteLine("exiting at depth " + depth);
                Environment.Exit(9);
                Console.WriteLine("after Exit (never)");
            }
            Recurse(n - 1);
        } finally {
            Console.WriteLine("finally (mono does not run it)");
        }
    }

    static void Main() {
        var domain = AppDomain.CurrentDomain;
        domain.ProcessExit += (s, e) => Console.WriteLine("first handler, code " + Environment.ExitCode);
        EventHandler second = (s, e) => { Console.WriteLine("second handler changes the code"); Environment.ExitCode = 21; };
        domain.ProcessExit += second;
        domain.ProcessExit += (s, e) => { Console.WriteLine("third handler throws"); throw new InvalidOperationException("ignored"); };
        domain.ProcessExit += (s, e) => Console.WriteLine("fourth handler (never: the third threw)");
        try {
            Recurse(3);
        } catch (Exception e) {
            Console.WriteLine("caught (never) " + e);
        }
        Console.WriteLine("end of Main (never)");
    }
}
