// Closures: capturing a for-loop variable (one shared variable: all see the final value), a
// foreach variable (C# 5+: fresh per iteration), a copy made inside the loop, captured variables
// modified after the lambda is created, two lambdas sharing one captured variable, nested lambdas
// capturing outer and inner scopes, capturing `this` and parameters, and a counter factory.
using System;
using System.Collections.Generic;
class Closures {
    int field = 10;
    Func<int> CaptureThis() { return () => field * 2; }
    static Func<int> Counter() { int c = 0; return () => ++c; }
    static Func<int, Func<int, int>> Adder() { return x => y => x + y; }
    static void Main() {
        List<Func<int>> fs = new List<Func<int>>();
        for (int i = 0; i < 3; i++) fs.Add(() => i);
        Console.WriteLine("for variable: " + fs[0]() + fs[1]() + fs[2]());
        fs.Clear(); foreach (int i in new[] { 0, 1, 2 }) fs.Add(() => i);
        Console.WriteLine("foreach variable: " + fs[0]() + fs[1]() + fs[2]());
        fs.Clear(); for (int i = 0; i < 3; i++) { int copy = i; fs.Add(() => copy); }
        Console.WriteLine("copy in loop: " + fs[0]() + fs[1]() + fs[2]());
        int x = 1; Func<int> getX = () => x; x = 42; Console.WriteLine("modified after capture: " + getX());
        int shared = 0; Action inc = () => shared++; Func<int> read = () => shared; inc(); inc(); Console.WriteLine("shared capture: " + read() + " local " + shared);
        int outer = 1; Func<int, Func<int>> mk = p => { int inner = p * 10; return () => outer + inner + p; }; Func<int> n1 = mk(2); outer = 100; Console.WriteLine("nested: " + n1() + " " + mk(3)());
        Closures c = new Closures(); Func<int> ft = c.CaptureThis(); c.field = 21; Console.WriteLine("captured this: " + ft());
        Func<int> c1 = Counter(), c2 = Counter(); c1(); c1(); Console.WriteLine("counters: " + c1() + " " + c2());
        Console.WriteLine("curried adder: " + Adder()(3)(4));
        Func<int, int> fib = null; fib = k => k < 2 ? k : fib(k - 1) + fib(k - 2); Console.WriteLine("recursive lambda fib(20): " + fib(20));
        int total = 0; Array.ForEach(new[] { 1, 2, 3, 4 }, v => total += v); Console.WriteLine("ForEach capture: " + total);
        string s = "a"; Func<string> fs1 = () => s + "!"; s = null; Console.WriteLine("captured null: [" + fs1() + "]");
        List<Action> acts = new List<Action>(); int sum = 0;
        for (int i = 0; i < 5; i++) { int j = i; acts.Add(() => sum += j * i); }
        foreach (Action a in acts) a(); Console.WriteLine("loop var and copy mixed: " + sum);
        int w = 0; while (w < 3) { int local = w; fs.Add(() => local * 100); w++; } Console.WriteLine("while-loop locals: " + fs[fs.Count - 1]() + " " + fs[fs.Count - 3]());
    }
}
