// A void Main that sets Environment.ExitCode: the process exits with it once Main returns, after
// the AppDomain.ProcessExit handlers (which see it, and whose change wins).
using System;

class ExitCodeVoidMain {
    static void Main() {
        Console.WriteLine("initial " + Environment.ExitCode);
        Environment.ExitCode = 7;
        Console.WriteLine("set " + Environment.ExitCode);
        Environment.ExitCode = -3;
        Console.WriteLine("negative " + Environment.ExitCode);
        Environment.ExitCode = 12;
        AppDomain.CurrentDomain.ProcessExit += (sender, e) => {
            Console.WriteLine("handler sees " + Environment.ExitCode + ", args null " + (e == null) + ", sender set " + (sender != null));
            Console.WriteLine("shutdown started in handler " + Environment.HasShutdownStarted);
            Environment.ExitCode = 42;
        };
        Console.WriteLine("shutdown started in Main " + Environment.HasShutdownStarted);
        Console.WriteLine("Main returns");
    }
}
