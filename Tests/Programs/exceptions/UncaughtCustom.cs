// An uncaught custom exception thrown from a nested call after output was written: stdout keeps
// what was printed before, mono exits with 1 (the handler's message goes to stderr, not compared).
using System;
class Custom : Exception { public Custom() : base("custom failure") { } }
class UncaughtCustom {
    static void Fail(int n) { if (n == 0) throw new Custom(); Fail(n - 1); }
    static void Main() { Console.WriteLine("before"); Fail(10); Console.WriteLine("after (never)"); }
}
