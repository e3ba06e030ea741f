// Environment: GetCommandLineArgs, Set/GetEnvironmentVariable, GetEnvironmentVariables, ExpandEnvironmentVariables, NewLine, ProcessorCount, OSVersion, StackTrace, Version.
using System;
using System.Collections;
class EnvironmentInfo {
    static void Main(string[] args) {
        Console.WriteLine(Environment.GetEnvironmentVariable("ILEX_SURELY_UNDEFINED_VARIABLE") == null);
        Console.WriteLine(Environment.NewLine == "\n");
        Environment.SetEnvironmentVariable("ILEX_TEST_VAR", "value-123");
        Console.WriteLine(Environment.GetEnvironmentVariable("ILEX_TEST_VAR"));
        Environment.SetEnvironmentVariable("ILEX_TEST_VAR", "changed");
        Console.WriteLine(Environment.GetEnvironmentVariable("ILEX_TEST_VAR"));
        Environment.SetEnvironmentVariable("ILEX_TEST_VAR", null);
        Console.WriteLine(Environment.GetEnvironmentVariable("ILEX_TEST_VAR") == null);
        Environment.SetEnvironmentVariable("ILEX_A", "1");
        IDictionary all = Environment.GetEnvironmentVariables();
        Console.WriteLine(all.Contains("ILEX_A") + " " + all["ILEX_A"]);
        Console.WriteLine(Environment.ExpandEnvironmentVariables("x=%ILEX_A%;"));
        Console.WriteLine("cmdline args " + (Environment.GetCommandLineArgs().Length - 1));
        Console.WriteLine(Environment.ProcessorCount > 0);
        Console.WriteLine(Environment.Is64BitProcess.GetType().Name);
        Console.WriteLine(Environment.OSVersion.Platform);
        Console.WriteLine(Environment.HasShutdownStarted);
        Console.WriteLine(Environment.StackTrace.Length > 0);
        Console.WriteLine(Environment.CurrentManagedThreadId > 0);
        Console.WriteLine(Environment.Version.Major >= 4);
    }
}
