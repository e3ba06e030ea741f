// Iterators: yield return/break, infinite generators with Take, nested iterators, recursive tree traversal, iterators with try/finally and Dispose on early exit, deferred execution, IEnumerable<T> state machines.
using System;
using System.Collections.Generic;
using System.Linq;
class Node { public int V; public Node L, R; public Node(int v, Node l = null, Node r = null) { V = v; L = l; R = r; } }
class IteratorsYield {
    static IEnumerable<int> Fib() { int a = 0, b = 1; while (true) { yield return a; int t = a + b; a = b; b = t; } }
    static IEnumerable<int> UpTo(int n) { for (int i = 1; ; i++) { if (i > n) yield break; yield return i; } }
    static IEnumerable<string> Words(string s) { foreach (var w in s.Split(' ')) { if (w == "STOP") yield break; if (w.Length == 0) continue; yield return w; } }
    static IEnumerable<int> InOrder(Node n) { if (n == null) yield break; foreach (var x in InOrder(n.L)) yield return x; yield return n.V; foreach (var x in InOrder(n.R)) yield return x; }
    static IEnumerable<T> Interleave<T>(IEnumerable<T> a, IEnumerable<T> b) {
        using (var ea = a.GetEnumerator()) using (var eb = b.GetEnumerator()) {
            bool ma, mb;
            do { ma = ea.MoveNext(); if (ma) yield return ea.Current; mb = eb.MoveNext(); if (mb) yield return eb.Current; } while (ma || mb);
        }
    }
    static IEnumerable<int> WithFinally(string tag) {
        Console.WriteLine(tag + " start");
        try { for (int i = 0; i < 5; i++) { Console.WriteLine(tag + " yield " + i); yield return i; } }
        finally { Console.WriteLine(tag + " finally"); }
    }
    static IEnumerable<int> NestedFinally() {
        try { try { yield return 1; yield return 2; } finally { Console.WriteLine("inner finally"); } yield return 3; }
        finally { Console.WriteLine("outer finally"); }
    }
    static IEnumerable<IEnumerable<int>> Batches(IEnumerable<int> src, int size) {
        var batch = new List<int>();
        foreach (var x in src) { batch.Add(x); if (batch.Count == size) { yield return batch; batch = new List<int>(); } }
        if (batch.Count > 0) yield return batch;
    }
    static IEnumerable<string> Perms(string s) {
        if (s.Length <= 1) { yield return s; yield break; }
        for (int i = 0; i < s.Length; i++) foreach (var rest in Perms(s.Remove(i, 1))) yield return s[i] + rest;
    }
    static IEnumerator<char> Letters() { yield return 'x'; yield return 'y'; }
    static int sideEffects;
    static IEnumerable<int> Lazy() { sideEffects++; yield return sideEffects; }
    static void Main() {
        Console.WriteLine(string.Join(",", Fib().Take(15)));
        Console.WriteLine(Fib().SkipWhile(x => x < 1000).First());
        Console.WriteLine(string.Join(",", UpTo(5)) + " | " + UpTo(0).Count());
        Console.WriteLine(string.Join("/", Words("a b  c STOP d e")));
        var tree = new Node(5, new Node(3, new Node(1), new Node(4)), new Node(8, null, new Node(9, new Node(7))));
        Console.WriteLine(string.Join(" ", InOrder(tree)));
        Console.WriteLine(string.Join(" ", Interleave(new[] { 1, 3, 5, 7 }, new[] { 2, 4 })));
        foreach (var x in WithFinally("A")) { if (x == 2) break; }
        Console.WriteLine("A sum " + WithFinally("B").Take(2).Sum());
        var e = WithFinally("C").GetEnumerator();
        e.MoveNext(); e.MoveNext();
        Console.WriteLine("C current " + e.Current);
        e.Dispose();
        Console.WriteLine("C after dispose movenext " + e.MoveNext());
        foreach (var x in NestedFinally()) Console.WriteLine("nested " + x);
        foreach (var x in NestedFinally()) { Console.WriteLine("nested-break " + x); break; }
        foreach (var b in Batches(Enumerable.Range(1, 10), 4)) Console.WriteLine("[" + string.Join(",", b) + "]");
        Console.WriteLine(string.Join(" ", Perms("abc")));
        Console.WriteLine(Perms("abcde").Count() + " " + Perms("abcde").Distinct().Count());
        var it = Letters();
        while (it.MoveNext()) Console.Write(it.Current);
        Console.WriteLine();
        var lazy = Lazy();
        Console.WriteLine("created, effects " + sideEffects);
        Console.WriteLine(lazy.First() + " " + lazy.First() + " effects " + sideEffects);
        var squares = from n in UpTo(10) where n % 2 == 1 select n * n;
        Console.WriteLine(string.Join(",", squares));
        var en = UpTo(3).GetEnumerator();
        var en2 = ((IEnumerable<int>)UpTo(3)).GetEnumerator();
        en.MoveNext(); en2.MoveNext(); en2.MoveNext();
        Console.WriteLine(en.Current + " " + en2.Current);
        try { var bad = UpTo(2).GetEnumerator(); bad.Reset(); } catch (NotSupportedException) { Console.WriteLine("Reset not supported"); }
        Console.WriteLine(string.Join(",", Fib().Where(f => f % 2 == 0).Select(f => f / 2).Take(6)));
    }
}
