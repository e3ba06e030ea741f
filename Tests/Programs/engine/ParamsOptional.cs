// params arrays (none, one, many, explicit array, null), optional parameters with defaults of
// several types, named arguments in a different order (evaluated left to right as written),
// overload resolution between params and fixed arities.
using System;
class ParamsOptional {
    static int trace;
    static int Count(params int[] xs) { return xs == null ? -1 : xs.Length; }
    static string Join(string sep, params object[] parts) { return string.Join(sep, parts); }
    static string Opt(int a, int b = 2, string c = "c", double d = 1.5, object e = null, char f = 'f', long g = -1) { return a + "|" + b + "|" + c + "|" + d + "|" + (e ?? "null") + "|" + f + "|" + g; }
    static string Which(int a) { return "one"; }
    static string Which(int a, int b) { return "two"; }
    static string Which(params int[] a) { return "params" + a.Length; }
    static int Log(int v) { trace = trace * 10 + v; return v; }
    static string Named(int x, int y, int z) { return x + "," + y + "," + z; }
    static void Main() {
        Console.WriteLine("Count(): " + Count() + ", Count(1): " + Count(1) + ", Count(1,2,3): " + Count(1, 2, 3) + ", Count(array): " + Count(new int[5]) + ", Count(null): " + Count(null));
        Console.WriteLine("Join: " + Join("-", 1, "two", 3.5, 'c', null, true));
        Console.WriteLine("Join with object[] as params: " + Join("+", new object[] { "a", "b" }));
        Console.WriteLine("Join with string[] (covariant, not wrapped): " + Join("+", new string[] { "x", "y" }));
        Console.WriteLine("Join with (object)array: " + Join("+", (object)new object[] { "p", "q" }).Length);
        Console.WriteLine("Opt(1): " + Opt(1));
        Console.WriteLine("Opt(1, 5): " + Opt(1, 5));
        Console.WriteLine("Opt(1, c: \"x\"): " + Opt(1, c: "x"));
        Console.WriteLine("Opt(1, g: 9, e: \"e\"): " + Opt(1, g: 9, e: "e"));
        Console.WriteLine("Opt(all): " + Opt(0, 1, "2", 3.25, 4, '5', 6));
        Console.WriteLine("Which(1): " + Which(1) + ", Which(1,2): " + Which(1, 2) + ", Which(): " + Which() + ", Which(1,2,3): " + Which(1, 2, 3));
        trace = 0; string r = Named(z: Log(3), x: Log(1), y: Log(2)); Console.WriteLine("named: " + r + ", evaluation order: " + trace);
        trace = 0; r = Named(Log(1), z: Log(2), y: Log(3)); Console.WriteLine("mixed named: " + r + ", evaluation order: " + trace);
        trace = 0; Count(Log(4), Log(5), Log(6)); Console.WriteLine("params evaluation order: " + trace);
    }
}
