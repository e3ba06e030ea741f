// Hand-written IEnumerable/IEnumerator implementations (generic and non-generic), foreach over them, LINQ over custom sequences, a ring buffer, a range type, an indexer-based collection with ICollection<T>.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
class CountDown : IEnumerable<int> {
    readonly int from;
    public CountDown(int f) { from = f; }
    public IEnumerator<int> GetEnumerator() { return new Enumerator(from); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    class Enumerator : IEnumerator<int> {
        readonly int start; int cur;
        public Enumerator(int s) { start = s; cur = s + 1; }
        public int Current => cur;
        object IEnumerator.Current => cur;
        public bool MoveNext() { if (cur <= 0) return false; cur--; return cur >= 0 && cur != start + 1; }
        public void Reset() { cur = start + 1; }
        public void Dispose() { Console.WriteLine("  CountDown enumerator disposed"); }
    }
}
class RingBuffer<T> : IEnumerable<T> {
    readonly T[] buf; int head, count;
    public RingBuffer(int cap) { buf = new T[cap]; }
    public void Add(T x) { buf[(head + count) % buf.Length] = x; if (count < buf.Length) count++; else head = (head + 1) % buf.Length; }
    public int Count => count;
    public T this[int i] { get { if (i < 0 || i >= count) throw new ArgumentOutOfRangeException("i"); return buf[(head + i) % buf.Length]; } }
    public IEnumerator<T> GetEnumerator() { for (int i = 0; i < count; i++) yield return this[i]; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class OldStyle : IEnumerable {
    readonly object[] items = { 1, "two", 3.0 };
    public IEnumerator GetEnumerator() { return items.GetEnumerator(); }
}
class Bag<T> : ICollection<T> {
    readonly List<T> inner = new List<T>();
    public int Count => inner.Count;
    public bool IsReadOnly => false;
    public void Add(T item) { inner.Add(item); }
    public void Clear() { inner.Clear(); }
    public bool Contains(T item) { return inner.Contains(item); }
    public void CopyTo(T[] array, int index) { inner.CopyTo(array, index); }
    public bool Remove(T item) { return inner.Remove(item); }
    public IEnumerator<T> GetEnumerator() { return inner.GetEnumerator(); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
struct DuckEnumerable { public DuckEnumerator GetEnumerator() { return new DuckEnumerator(); } }
struct DuckEnumerator { int i; public bool MoveNext() { return ++i <= 3; } public string Current => "duck" + i; }
class CustomEnumerables {
    static void Main() {
        foreach (var x in new CountDown(5)) Console.Write(x + " ");
        Console.WriteLine();
        Console.WriteLine(new CountDown(4).Sum() + " " + new CountDown(10).Where(x => x % 3 == 0).Count() + " " + string.Join(",", new CountDown(3).Reverse()));
        var rb = new RingBuffer<string>(3);
        foreach (var w in "a b c d e".Split(' ')) rb.Add(w);
        Console.WriteLine(string.Join(",", rb) + " count " + rb.Count + " first " + rb[0]);
        try { var z = rb[3]; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(string.Join(",", rb.Select(s => s.ToUpper()).OrderByDescending(s => s)));
        foreach (object o in new OldStyle()) Console.Write(o.GetType().Name + ":" + o + " ");
        Console.WriteLine();
        Console.WriteLine(new OldStyle().Cast<object>().Count() + " " + new OldStyle().OfType<string>().First());
        var bag = new Bag<int> { 5, 3, 5, 1 };
        Console.WriteLine(bag.Count + " " + bag.Contains(3) + " " + bag.Remove(5) + " " + string.Join(",", bag));
        var arr = bag.ToArray();
        Console.WriteLine(arr.Length + " " + bag.ToList().Count + " " + bag.Max());
        foreach (var d in new DuckEnumerable()) Console.Write(d + " ");
        Console.WriteLine();
        var e2 = new CountDown(2).GetEnumerator();
        while (e2.MoveNext()) Console.Write("[" + e2.Current + "]");
        e2.Reset();
        Console.WriteLine(" reset " + e2.MoveNext() + " " + e2.Current);
        e2.Dispose();
        IEnumerable ne = new CountDown(1);
        var en = ne.GetEnumerator();
        while (en.MoveNext()) Console.Write("non-generic " + en.Current + " ");
        Console.WriteLine();
        Console.WriteLine(new CountDown(3).First() + " " + new CountDown(0).Any());
    }
}
