// LinkedList<T>: AddFirst/AddLast/AddBefore/AddAfter, Remove, Find/FindLast, node navigation, enumeration, LRU cache built on it.
using System;
using System.Collections.Generic;
class Lru<K, V> {
    readonly int cap;
    readonly Dictionary<K, LinkedListNode<KeyValuePair<K, V>>> map = new Dictionary<K, LinkedListNode<KeyValuePair<K, V>>>();
    readonly LinkedList<KeyValuePair<K, V>> order = new LinkedList<KeyValuePair<K, V>>();
    public Lru(int c) { cap = c; }
    public bool TryGet(K k, out V v) {
        if (map.TryGetValue(k, out var n)) { order.Remove(n); order.AddFirst(n); v = n.Value.Value; return true; }
        v = default(V); return false;
    }
    public void Put(K k, V v) {
        if (map.TryGetValue(k, out var n)) { order.Remove(n); map.Remove(k); }
        else if (map.Count == cap) { var last = order.Last; order.RemoveLast(); map.Remove(last.Value.Key); Console.WriteLine("evict " + last.Value.Key); }
        map[k] = order.AddFirst(new KeyValuePair<K, V>(k, v));
    }
    public override string ToString() { var parts = new List<string>(); foreach (var p in order) parts.Add(p.Key + ":" + p.Value); return string.Join(" ", parts); }
}
class LinkedListOperations {
    static void Main() {
        var ll = new LinkedList<int>();
        ll.AddLast(2); ll.AddLast(3); ll.AddFirst(1); ll.AddLast(5);
        Console.WriteLine(string.Join(",", ll) + " count=" + ll.Count);
        var n3 = ll.Find(3);
        ll.AddAfter(n3, 4);
        ll.AddBefore(ll.First, 0);
        Console.WriteLine(string.Join(",", ll));
        Console.WriteLine(ll.First.Value + " " + ll.Last.Value + " " + n3.Next.Value + " " + n3.Previous.Value + " " + (ll.First.Previous == null) + " " + (n3.List == ll));
        ll.Remove(3);
        Console.WriteLine(string.Join(",", ll) + " " + (n3.List == null));
        ll.RemoveFirst(); ll.RemoveLast();
        Console.WriteLine(string.Join(",", ll));
        ll.AddLast(2);
        Console.WriteLine(ll.Find(2).Next.Value + " " + (ll.FindLast(2).Next == null) + " " + (ll.Find(99) == null));
        var back = new List<int>();
        for (var n = ll.Last; n != null; n = n.Previous) back.Add(n.Value);
        Console.WriteLine(string.Join(",", back));
        Console.WriteLine(ll.Contains(4) + " " + ll.Contains(3));
        var node = ll.First;
        while (node != null) { var next = node.Next; if (node.Value % 2 == 0) ll.Remove(node); node = next; }
        Console.WriteLine(string.Join(",", ll));
        try { ll.AddAfter(new LinkedListNode<int>(1), 2); } catch (InvalidOperationException e) { Console.WriteLine(e.GetType().Name); }
        var arr = new int[ll.Count + 1];
        ll.CopyTo(arr, 1);
        Console.WriteLine(string.Join(",", arr));
        ll.Clear();
        Console.WriteLine(ll.Count + " " + (ll.First == null));
        var cache = new Lru<string, int>(3);
        cache.Put("a", 1); cache.Put("b", 2); cache.Put("c", 3);
        Console.WriteLine(cache);
        Console.WriteLine(cache.TryGet("a", out int v) + " " + v);
        cache.Put("d", 4);
        Console.WriteLine(cache);
        Console.WriteLine(cache.TryGet("b", out v) + " " + v);
        cache.Put("c", 33);
        cache.Put("e", 5);
        Console.WriteLine(cache);
        var words = new LinkedList<string>(new[] { "x", "y", "z" });
        Console.WriteLine(string.Join("", words) + " " + words.First.Next.Next.Value);
    }
}
