// System.Collections.Concurrent on one thread: ConcurrentDictionary (TryAdd, GetOrAdd, AddOrUpdate, TryUpdate, TryRemove), ConcurrentQueue/Stack/Bag, BlockingCollection with CompleteAdding.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Linq;
class ConcurrentCollections {
    static void Main() {
        var cd = new ConcurrentDictionary<string, int>();
        Console.WriteLine(cd.TryAdd("a", 1) + " " + cd.TryAdd("a", 2) + " " + cd["a"]);
        Console.WriteLine(cd.GetOrAdd("b", k => k.Length * 10) + " " + cd.GetOrAdd("b", 99));
        Console.WriteLine(cd.AddOrUpdate("a", 0, (k, old) => old + 100) + " " + cd.AddOrUpdate("c", 5, (k, old) => old + 1));
        Console.WriteLine(cd.TryUpdate("c", 50, 5) + " " + cd.TryUpdate("c", 60, 5) + " " + cd["c"]);
        Console.WriteLine(cd.TryRemove("b", out int removed) + " " + removed + " " + cd.Count + " " + cd.ContainsKey("b"));
        Console.WriteLine(string.Join(",", cd.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)));
        var cq = new ConcurrentQueue<int>(); cq.Enqueue(1); cq.Enqueue(2);
        Console.WriteLine(cq.TryDequeue(out int q1) + " " + q1 + " " + cq.TryPeek(out int q2) + " " + q2 + " " + cq.Count);
        var cs = new ConcurrentStack<int>(); cs.Push(1); cs.PushRange(new[] { 2, 3 });
        Console.WriteLine(cs.TryPop(out int s1) + " " + s1 + " " + cs.Count);
        var bag = new ConcurrentBag<int> { 5, 6, 7 };
        Console.WriteLine(bag.Count + " " + bag.Sum());
        var bc = new BlockingCollection<string>();
        bc.Add("x"); bc.Add("y"); bc.CompleteAdding();
        Console.WriteLine(string.Join(",", bc.GetConsumingEnumerable()) + " " + bc.IsCompleted);
    }
}
