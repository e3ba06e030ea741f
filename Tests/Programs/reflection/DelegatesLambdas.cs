// Delegates: custom delegate types, Func/Action/Predicate, lambdas, closures capturing loop variables, multicast invocation lists, delegate removal, method group conversion, instance vs static targets.
using System;
using System.Collections.Generic;
using System.Linq;
delegate int BinOp(int a, int b);
delegate void Notify(string msg);
class Counter { public int Count; public void Inc(string s) { Count += s.Length; } public int Twice(int x) { return 2 * x; } }
class DelegatesLambdas {
    static int Add(int a, int b) { return a + b; }
    static int Mul(int a, int b) { return a * b; }
    static void Log(string m) { Console.WriteLine("log: " + m); }
    static void Shout(string m) { Console.WriteLine("SHOUT: " + m.ToUpper()); }
    static Func<int, int> MakeAdder(int n) { return x => x + n; }
    static Func<int> MakeCounter() { int c = 0; return () => ++c; }
    static void Main() {
        BinOp op = Add;
        Console.WriteLine(op(3, 4));
        op = Mul;
        Console.WriteLine(op(3, 4));
        op = (a, b) => a - b;
        Console.WriteLine(op.Invoke(10, 3));
        Func<int, int, int> f = Add;
        Func<double, double> sq = x => x * x;
        Func<string> hello = () => "hello";
        Action<string> print = s => Console.WriteLine("action " + s);
        Predicate<int> even = n => n % 2 == 0;
        Console.WriteLine(f(1, 2) + " " + sq(1.5) + " " + hello() + " " + even(4) + " " + even(5));
        print("works");
        Notify nt = Log;
        nt += Shout;
        nt += delegate (string m) { Console.WriteLine("anon: " + m.Length); };
        nt("multicast");
        Console.WriteLine("targets " + nt.GetInvocationList().Length);
        Func<int> multi = () => 1;
        multi += () => 2;
        multi += () => 3;
        Console.WriteLine("multicast return " + multi());
        var add5 = MakeAdder(5);
        var add10 = MakeAdder(10);
        Console.WriteLine(add5(1) + " " + add10(1));
        var c1 = MakeCounter(); var c2 = MakeCounter();
        Console.WriteLine(c1() + " " + c1() + " " + c1() + " " + c2());
        var actions = new List<Action>();
        for (int i = 0; i < 3; i++) { int copy = i; actions.Add(() => Console.Write("loop " + copy + " ")); }
        foreach (var a in actions) a();
        Console.WriteLine();
        var fs = new List<Func<int>>();
        foreach (var v in new[] { 10, 20, 30 }) fs.Add(() => v);
        Console.WriteLine(string.Join(",", fs.Select(x => x())));
        int shared = 0;
        Action incr = () => shared++;
        incr(); incr();
        Console.WriteLine("shared " + shared);
        var counter = new Counter();
        Action<string> inst = counter.Inc;
        inst("abc"); inst("de");
        Console.WriteLine(counter.Count + " " + (inst.Target == counter) + " " + (((Action<string>)Log).Target == null));
        Func<int, int> tw = counter.Twice;
        Func<int, int> composed = x => tw(add5(x));
        Console.WriteLine(composed(1));
        Func<Func<int, int>, Func<int, int>, Func<int, int>> compose = (g, h) => x => h(g(x));
        Console.WriteLine(compose(x => x + 1, x => x * 10)(4));
        Func<int, int> fact = null;
        fact = k => k <= 1 ? 1 : k * fact(k - 1);
        Console.WriteLine(fact(10));
        Comparison<string> byLen = (a, b) => a.Length - b.Length;
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(byLen);
        Console.WriteLine(string.Join(",", words));
        Converter<int, string> conv = i => "#" + i;
        Console.WriteLine(string.Join(",", new List<int> { 1, 2 }.ConvertAll(conv)));
        Action<int, int, int, int, int> five = (a, b, c, d, e) => Console.WriteLine(a + b + c + d + e);
        five(1, 2, 3, 4, 5);
        Func<int, string> chain = i => i.ToString();
        Console.WriteLine(chain.GetType().Name + " " + op.GetType().Name + " " + (op is MulticastDelegate));
        Action nothing = null;
        nothing?.Invoke();
        Console.WriteLine("null-conditional invoke ok");
        BinOp d1 = Add, d2 = Add;
        Console.WriteLine((d1 == d2) + " " + d1.Equals(d2) + " " + (d1 == (BinOp)Mul));
        Console.WriteLine(((BinOp)Add).Method.Name + " " + fact.Method.ReturnType.Name);
        nt -= Shout;
        nt("after removal");
        nt -= Log; nt -= Log;
        Console.WriteLine("remaining " + nt.GetInvocationList().Length);
        Console.WriteLine(f.DynamicInvoke(20, 22));
    }
}
