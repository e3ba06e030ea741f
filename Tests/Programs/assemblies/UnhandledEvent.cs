// AppDomain.UnhandledException: raised for an exception nobody catches before the runtime reports
// it (the handlers see the domain, the exception and IsTerminating); every handler runs, and
// ProcessExit does not run afterwards.
using System;

class UnhandledEvent {
    static void Main() {
        AppDomain.CurrentDomain.UnhandledException += (sender, e) => {
            var ex = (Exception)e.ExceptionObject;
            Console.WriteLine("first: " + (sender == AppDomain.CurrentDomain) + " " + ex.GetType().Name + " " + ex.Message + " " + e.IsTerminating);
        };
        AppDomain.CurrentDomain.UnhandledException += (sender, e) => Console.WriteLine("second: " + ((Exception)e.ExceptionObject).InnerException.Message);
        AppDomain.CurrentDomain.ProcessExit += (sender, e) => Console.WriteLine("process exit");
        try { throw new ArgumentException("caught"); } catch (ArgumentException) { Console.WriteLine("caught one"); }
        Console.WriteLine("throwing");
        Run();
    }

    static void Run() {
        try { throw new FormatException("inner"); }
        catch (FormatException e) { throw new InvalidOperationException("boom", e); }
    }
}
