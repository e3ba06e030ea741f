// Realistic: a generic binary-heap priority queue with IComparer<T>, stable tie-breaking, task scheduling simulation, heap sort, k smallest elements, merge of sorted lists.
using System;
using System.Collections.Generic;
using System.Linq;
class PriorityQueue<T> {
    readonly List<KeyValuePair<T, long>> heap = new List<KeyValuePair<T, long>>();
    readonly IComparer<T> cmp; long seq;
    public PriorityQueue(IComparer<T> c = null) { cmp = c ?? Comparer<T>.Default; }
    public int Count => heap.Count;
    int Compare(int i, int j) { int c = cmp.Compare(heap[i].Key, heap[j].Key); return c != 0 ? c : heap[i].Value.CompareTo(heap[j].Value); }
    void Swap(int i, int j) { var t = heap[i]; heap[i] = heap[j]; heap[j] = t; }
    public void Enqueue(T x) { heap.Add(new KeyValuePair<T, long>(x, seq++)); int i = heap.Count - 1; while (i > 0) { int p = (i - 1) / 2; if (Compare(i, p) >= 0) break; Swap(i, p); i = p; } }
    public T Peek() { if (heap.Count == 0) throw new InvalidOperationException("queue empty"); return heap[0].Key; }
    public T Dequeue() {
        var top = Peek(); heap[0] = heap[heap.Count - 1]; heap.RemoveAt(heap.Count - 1);
        int i = 0;
        while (true) { int l = 2 * i + 1, r = l + 1, m = i; if (l < heap.Count && Compare(l, m) < 0) m = l; if (r < heap.Count && Compare(r, m) < 0) m = r; if (m == i) break; Swap(i, m); i = m; }
        return top;
    }
}
class Job { public string Name; public int Priority; public int Duration; public override string ToString() { return Name + "(p" + Priority + ",d" + Duration + ")"; } }
class ByPriority : IComparer<Job> { public int Compare(Job a, Job b) { return b.Priority.CompareTo(a.Priority); } }
class PriorityQueueHeap {
    static void Main() {
        var pq = new PriorityQueue<int>();
        foreach (var x in new[] { 5, 3, 8, 1, 9, 2, 7, 3 }) pq.Enqueue(x);
        var outp = new List<int>(); while (pq.Count > 0) outp.Add(pq.Dequeue());
        Console.WriteLine(string.Join(",", outp));
        try { pq.Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine("error: " + e.Message); }
        var jobs = new PriorityQueue<Job>(new ByPriority());
        var incoming = new[] { new Job { Name = "backup", Priority = 1, Duration = 5 }, new Job { Name = "email", Priority = 3, Duration = 1 }, new Job { Name = "deploy", Priority = 5, Duration = 3 }, new Job { Name = "report", Priority = 3, Duration = 2 }, new Job { Name = "alert", Priority = 5, Duration = 1 }, new Job { Name = "cleanup", Priority = 1, Duration = 1 } };
        int clock = 0;
        for (int i = 0; i < 3; i++) jobs.Enqueue(incoming[i]);
        int next = 3;
        while (jobs.Count > 0) {
            var j = jobs.Dequeue();
            Console.WriteLine("t=" + clock.ToString().PadLeft(2) + " run " + j);
            clock += j.Duration;
            while (next < incoming.Length && next <= clock / 2 + 3) jobs.Enqueue(incoming[next++]);
        }
        Console.WriteLine("finished at t=" + clock);
        var rnd = new Random(5);
        var data = Enumerable.Range(0, 50).Select(_ => rnd.Next(1000)).ToList();
        var hs = new PriorityQueue<int>(); data.ForEach(hs.Enqueue);
        var sorted = new List<int>(); while (hs.Count > 0) sorted.Add(hs.Dequeue());
        Console.WriteLine("heap sort matches: " + sorted.SequenceEqual(data.OrderBy(x => x)));
        Console.WriteLine("first 10: " + string.Join(",", sorted.Take(10)));
        var maxHeap = new PriorityQueue<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var x in data) { maxHeap.Enqueue(x); if (maxHeap.Count > 5) maxHeap.Dequeue(); }
        var smallest = new List<int>(); while (maxHeap.Count > 0) smallest.Add(maxHeap.Dequeue());
        smallest.Reverse();
        Console.WriteLine("5 smallest: " + string.Join(",", smallest));
        var lists = new[] { new[] { 1, 4, 9 }, new[] { 2, 3, 10, 11 }, new[] { 0, 5 } };
        var merge = new PriorityQueue<Tuple<int, int, int>>(Comparer<Tuple<int, int, int>>.Create((a, b) => a.Item1.CompareTo(b.Item1)));
        for (int i = 0; i < lists.Length; i++) merge.Enqueue(Tuple.Create(lists[i][0], i, 0));
        var merged = new List<int>();
        while (merge.Count > 0) { var t = merge.Dequeue(); merged.Add(t.Item1); if (t.Item3 + 1 < lists[t.Item2].Length) merge.Enqueue(Tuple.Create(lists[t.Item2][t.Item3 + 1], t.Item2, t.Item3 + 1)); }
        Console.WriteLine("merged: " + string.Join(",", merged));
        var words = new PriorityQueue<string>(StringComparer.Ordinal);
        foreach (var w in "pear Apple fig apple Banana".Split(' ')) words.Enqueue(w);
        var ws = new List<string>(); while (words.Count > 0) ws.Add(words.Dequeue());
        Console.WriteLine(string.Join(" ", ws));
    }
}
