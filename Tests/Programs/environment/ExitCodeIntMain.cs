// Main's int result replaces Environment.ExitCode before the ProcessExit handlers run.
using System;

class ExitCodeIntMain {
    static int Main() {
        Environment.ExitCode = 5;
        AppDomain.CurrentDomain.ProcessExit += delegate { Console.WriteLine("handler sees " + Environment.ExitCode); };
        Console.WriteLine("ExitCode " + Environment.ExitCode + ", returning 3");
        return 3;
    }
}
