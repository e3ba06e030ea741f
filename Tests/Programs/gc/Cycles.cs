// Cycles are garbage like anything else: rings and doubly linked lists that nothing outside
// reaches are collected (their weak references clear) while a reachable ring survives intact.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
class Node { public Node Next, Prev; public int[] Payload = new int[64]; public int Id; }
class Cycles {
    static Node Ring(int n, int first) {
        var head = new Node { Id = first };
        Node tail = head;
        for (int i = 1; i < n; i++) { var node = new Node { Id = first + i, Prev = tail }; tail.Next = node; tail = node; }
        tail.Next = head; head.Prev = tail;
        return head;
    }
    [MethodImpl(MethodImplOptions.NoInlining)]
    static List<WeakReference> Garbage(int rings) {
        var weak = new List<WeakReference>();
        for (int r = 0; r < rings; r++) { var ring = Ring(50, r * 100); weak.Add(new WeakReference(ring)); weak.Add(new WeakReference(ring.Next.Next)); }
        return weak;
    }
    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference SelfCycle() { var self = new Node(); self.Next = self; self.Prev = self; return new WeakReference(self); }
    static void Main() {
        Node kept = Ring(30, 1000);
        var weak = Garbage(40);
        var selfWeak = SelfCycle();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        int alive = 0;
        foreach (var w in weak) if (w.IsAlive) alive++;
        Console.WriteLine("garbage rings alive: " + alive + " of " + weak.Count);
        Console.WriteLine("self-cycle alive: " + selfWeak.IsAlive);
        int count = 0, sum = 0; Node n = kept;
        do { count++; sum += n.Id; if (n.Next.Prev != n) Console.WriteLine("broken link at " + n.Id); n = n.Next; } while (n != kept);
        Console.WriteLine("kept ring: " + count + " nodes, sum " + sum);
        long before = GC.GetTotalMemory(true);
        for (int i = 0; i < 200; i++) Ring(20, i);
        long after = GC.GetTotalMemory(true);
        Console.WriteLine("memory after dropping 200 more rings grew by less than 1 MB: " + (after - before < (1 << 20)));
        GC.KeepAlive(kept);
    }
}
