// An exception nobody catches ends the program with exit code 1 and runs no ProcessExit handler
// (mono reports it and exits).
using System;

class UnhandledSkipsProcessExit {
    static void Main() {
        AppDomain.CurrentDomain.ProcessExit += (s, e) => Console.WriteLine("handler (never)");
        Environment.ExitCode = 4;
        Console.WriteLine("throwing");
        throw new ApplicationException("nobody catches this");
    }
}
