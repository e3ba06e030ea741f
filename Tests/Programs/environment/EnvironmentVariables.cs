// The process environment through System.Environment: set, read, replace and remove variables;
// the names list (GetEnvironmentVariables) and %NAME% expansion see the same environment.
using System;
using System.Collections;
using System.Linq;

class EnvironmentVariables {
    static void Show(string name) {
        string value = Environment.GetEnvironmentVariable(name);
        Console.WriteLine(name + " = " + (value == null ? "<null>" : "[" + value + "]"));
    }

    static void Main() {
        Show("ILEX_ENV_SURELY_UNDEFINED");
        Environment.SetEnvironmentVariable("ILEX_ENV_A", "alpha");
        Show("ILEX_ENV_A");
        Environment.SetEnvironmentVariable("ILEX_ENV_A", "beta gamma");
        Show("ILEX_ENV_A");
        Environment.SetEnvironmentVariable("ILEX_ENV_UNICODE", "déjà vu €");
        Show("ILEX_ENV_UNICODE");
        Console.WriteLine("unicode length " + Environment.GetEnvironmentVariable("ILEX_ENV_UNICODE").Length);
        Environment.SetEnvironmentVariable("ILEX_ENV_EQ", "a=b=c");
        Show("ILEX_ENV_EQ");
        Environment.SetEnvironmentVariable("ILEX_ENV_EMPTY", "");
        Show("ILEX_ENV_EMPTY");
        Environment.SetEnvironmentVariable("ILEX_ENV_A", null);
        Show("ILEX_ENV_A");
        Environment.SetEnvironmentVariable("ILEX_ENV_B", "2");
        Environment.SetEnvironmentVariable("ILEX_ENV_C", "3");

        IDictionary all = Environment.GetEnvironmentVariables();
        Console.WriteLine("count > 2: " + (all.Count > 2));
        Console.WriteLine("has B: " + all.Contains("ILEX_ENV_B") + " " + all["ILEX_ENV_B"]);
        Console.WriteLine("has A: " + all.Contains("ILEX_ENV_A"));
        Console.WriteLine("has EMPTY: " + all.Contains("ILEX_ENV_EMPTY"));
        var mine = all.Keys.Cast<string>().Where(k => k.StartsWith("ILEX_ENV_")).OrderBy(k => k, StringComparer.Ordinal);
        Console.WriteLine("mine: " + string.Join(",", mine));
        foreach (DictionaryEntry entry in all) {
            if (entry.Key is string && entry.Value is string) continue;
            Console.WriteLine("not a string pair: " + entry.Key);
        }

        Console.WriteLine(Environment.ExpandEnvironmentVariables("b=%ILEX_ENV_B%, c=%ILEX_ENV_C%, none=%ILEX_ENV_NONE%, 100%"));
        Console.WriteLine(Environment.ExpandEnvironmentVariables("%ILEX_ENV_B%%ILEX_ENV_C%"));

        // Target Process is the same environment.
        Environment.SetEnvironmentVariable("ILEX_ENV_D", "four", EnvironmentVariableTarget.Process);
        Console.WriteLine("process target: " + Environment.GetEnvironmentVariable("ILEX_ENV_D", EnvironmentVariableTarget.Process));
        Console.WriteLine("in dictionary: " + Environment.GetEnvironmentVariables(EnvironmentVariableTarget.Process)["ILEX_ENV_D"]);

        try { Environment.SetEnvironmentVariable("", "x"); } catch (ArgumentException e) { Console.WriteLine("empty name: " + e.GetType().Name); }
        try { Environment.SetEnvironmentVariable("A=B", "x"); } catch (ArgumentException e) { Console.WriteLine("name with '=': " + e.GetType().Name); }
        try { Console.WriteLine("null name gives null: " + (Environment.GetEnvironmentVariable(null) == null)); } catch (ArgumentNullException e) { Console.WriteLine("null name: " + e.ParamName); }
    }
}
