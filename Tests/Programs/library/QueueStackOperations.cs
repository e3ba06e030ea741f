// Queue<T> and Stack<T>: Enqueue/Dequeue/Peek, Push/Pop, TryDequeue/TryPop, enumeration order, ToArray, empty exceptions, bracket matching, BFS-like use.
using System;
using System.Collections.Generic;
class QueueStackOperations {
    static bool Balanced(string s) {
        var st = new Stack<char>();
        foreach (char c in s) {
            if ("([{".IndexOf(c) >= 0) st.Push(c);
            else if (")]}".IndexOf(c) >= 0) {
                if (st.Count == 0) return false;
                char o = st.Pop();
                if ("([{".IndexOf(o) != ")]}".IndexOf(c)) return false;
            }
        }
        return st.Count == 0;
    }
    static void Main() {
        var q = new Queue<int>();
        for (int i = 1; i <= 5; i++) q.Enqueue(i * 10);
        Console.WriteLine(q.Count + " " + q.Peek());
        Console.WriteLine(q.Dequeue() + " " + q.Dequeue() + " " + q.Count);
        Console.WriteLine(string.Join(",", q));
        Console.WriteLine(string.Join(",", q.ToArray()));
        Console.WriteLine(q.Contains(40) + " " + q.Contains(10));
        for (int i = 0; i < 20; i++) { q.Enqueue(i); q.Dequeue(); }
        Console.WriteLine(string.Join(",", q));
        Console.WriteLine(q.TryDequeue(out int r) + " " + r);
        Console.WriteLine(q.TryPeek(out r) + " " + r);
        q.Clear();
        Console.WriteLine(q.TryDequeue(out r) + " " + r);
        try { q.Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        var s = new Stack<string>();
        s.Push("a"); s.Push("b"); s.Push("c");
        Console.WriteLine(s.Count + " " + s.Peek());
        Console.WriteLine(string.Join(",", s));
        Console.WriteLine(s.Pop() + s.Pop() + " " + s.Count);
        Console.WriteLine(s.TryPop(out string p) + " " + p + " " + s.TryPop(out p) + " " + (p == null));
        try { s.Peek(); } catch (InvalidOperationException e) { Console.WriteLine("IOE: " + e.Message); }
        var s2 = new Stack<int>(new[] { 1, 2, 3 });
        Console.WriteLine(string.Join(",", s2.ToArray()));
        var q2 = new Queue<string>(new[] { "x", "y" });
        Console.WriteLine(string.Join(",", q2));
        foreach (var t in new[] { "()", "([]{})", "(]", "((", "{[()()]}", "" }) Console.WriteLine("'" + t + "' " + Balanced(t));
        var rpn = "3 4 + 2 * 7 -".Split(' ');
        var ev = new Stack<int>();
        foreach (var tok in rpn) {
            switch (tok) {
                case "+": ev.Push(ev.Pop() + ev.Pop()); break;
                case "*": ev.Push(ev.Pop() * ev.Pop()); break;
                case "-": { int b2 = ev.Pop(), a2 = ev.Pop(); ev.Push(a2 - b2); break; }
                default: ev.Push(int.Parse(tok)); break;
            }
        }
        Console.WriteLine("rpn = " + ev.Pop());
        var hot = new Queue<string>(new[] { "Bill", "David", "Susan", "Jane", "Kent", "Brad" });
        while (hot.Count > 1) { for (int i = 0; i < 7; i++) hot.Enqueue(hot.Dequeue()); Console.Write(hot.Dequeue() + " "); }
        Console.WriteLine("| winner " + hot.Peek());
        var big = new Stack<int>();
        for (int i = 0; i < 100000; i++) big.Push(i);
        long sum = 0; while (big.Count > 0) sum += big.Pop();
        Console.WriteLine(sum);
    }
}
