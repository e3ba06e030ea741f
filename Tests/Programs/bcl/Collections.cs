// Generic collections of Mono's BCL: List<T> (add, sort with a comparison delegate, foreach),
// Dictionary<TKey,TValue>, HashSet<T>, Queue<T>, Stack<T>.
using System;
using System.Collections.Generic;
class Collections {
    static void Main() {
        var list = new List<int>();
        for (int i = 0; i < 10; i++) list.Add((i * 7) % 10);
        list.Sort();
        Console.WriteLine(string.Join(",", list));
        list.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(list[0] + " " + list[9] + " " + list.Count);
        var names = new List<string> { "pear", "apple", "fig" };
        names.Sort(string.CompareOrdinal);
        foreach (var n in names) Console.Write(n + " ");
        Console.WriteLine();
        var counts = new Dictionary<string, int>();
        foreach (var w in "a b a c b a".Split(' ')) { int c; counts.TryGetValue(w, out c); counts[w] = c + 1; }
        Console.WriteLine(counts["a"] + " " + counts["b"] + " " + counts["c"] + " " + counts.Count);
        var set = new HashSet<int> { 1, 2, 3, 2, 1 };
        Console.WriteLine(set.Count + " " + set.Contains(3) + " " + set.Contains(4));
        var queue = new Queue<string>(); queue.Enqueue("x"); queue.Enqueue("y");
        var stack = new Stack<int>(); stack.Push(1); stack.Push(2);
        Console.WriteLine(queue.Dequeue() + stack.Pop());
    }
}
