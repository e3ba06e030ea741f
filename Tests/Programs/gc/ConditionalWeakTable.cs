// ConditionalWeakTable entries live while their keys do (ephemerons), and die with them
using System;
using System.Runtime.CompilerServices;
class Key { public int Id; }
class Value { public Key Back; public string Name; }
class P {
    static ConditionalWeakTable<Key, Value> table = new ConditionalWeakTable<Key, Value>();
    static WeakReference Add(int id, bool cycle) {
        var k = new Key { Id = id };
        var v = new Value { Name = "v" + id };
        if (cycle) v.Back = k;   // the value refers to its key: must not keep it alive
        table.Add(k, v);
        return new WeakReference(v);
    }
    static void Main() {
        var kept = new Key { Id = 1 };
        table.Add(kept, new Value { Name = "kept" });
        var w1 = Add(2, false); var w2 = Add(3, true);
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        Console.WriteLine("kept value: " + (table.TryGetValue(kept, out var v) ? v.Name : "gone"));
        Console.WriteLine("value of dead key alive: " + w1.IsAlive);
        Console.WriteLine("value of dead key (cycle) alive: " + w2.IsAlive);
        for (int i = 0; i < 1000; i++) Add(100 + i, i % 2 == 0);
        GC.Collect();
        Console.WriteLine("kept still: " + table.TryGetValue(kept, out v));
        GC.KeepAlive(kept);
    }
}
