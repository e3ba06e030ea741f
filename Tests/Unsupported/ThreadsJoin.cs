// Threads made deterministic with Join: Thread start with lambdas and parameters, Join, IsAlive, Name, ThreadStatic fields, ManualResetEvent, lock-protected shared counter across threads, thread results collected then sorted.
using System;
using System.Collections.Generic;
using System.Threading;
class ThreadsJoin {
    [ThreadStatic] static int perThread;
    static int shared;
    static readonly object gate = new object();
    static void Main() {
        var t = new Thread(() => Console.WriteLine("hello from worker thread"));
        t.Name = "worker-1";
        Console.WriteLine(t.Name + " alive before start: " + t.IsAlive + " state " + t.ThreadState);
        t.Start();
        t.Join();
        Console.WriteLine("joined, alive: " + t.IsAlive);
        int result = 0;
        var calc = new Thread(() => { int s = 0; for (int i = 1; i <= 100; i++) s += i; result = s; });
        calc.Start(); calc.Join();
        Console.WriteLine("result from thread: " + result);
        var pt = new Thread(o => Console.WriteLine("param thread got " + o));
        pt.Start("payload"); pt.Join();
        perThread = 42;
        int seenInWorker = -1;
        var ts = new Thread(() => { seenInWorker = perThread; perThread = 7; });
        ts.Start(); ts.Join();
        Console.WriteLine("ThreadStatic main=" + perThread + " worker saw=" + seenInWorker);
        var threads = new List<Thread>();
        for (int k = 0; k < 4; k++) { var th = new Thread(() => { for (int i = 0; i < 10000; i++) lock (gate) shared++; }); threads.Add(th); th.Start(); }
        foreach (var th in threads) th.Join();
        Console.WriteLine("shared counter " + shared);
        int inter = 0;
        var its = new List<Thread>();
        for (int k = 0; k < 4; k++) { var th = new Thread(() => { for (int i = 0; i < 10000; i++) Interlocked.Increment(ref inter); }); its.Add(th); th.Start(); }
        its.ForEach(x => x.Join());
        Console.WriteLine("interlocked counter " + inter);
        var results = new List<string>();
        var ws = new List<Thread>();
        for (int k = 0; k < 5; k++) { int id = k; var th = new Thread(() => { var r = "w" + id + "=" + id * id; lock (results) results.Add(r); }); ws.Add(th); th.Start(); }
        ws.ForEach(x => x.Join());
        results.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", results));
        var ready = new ManualResetEvent(false);
        string msg = null;
        var signaller = new Thread(() => { msg = "signalled"; ready.Set(); });
        signaller.Start();
        Console.WriteLine("wait ok: " + ready.WaitOne(10000) + " " + msg);
        signaller.Join();
        Console.WriteLine("main thread managed id > 0: " + (Thread.CurrentThread.ManagedThreadId > 0));
        Console.WriteLine("background default: " + new Thread(() => { }).IsBackground);
        Thread.Sleep(1);
        Console.WriteLine("slept");
        Exception caught = null;
        var bad = new Thread(() => { try { throw new InvalidOperationException("in thread"); } catch (Exception e) { caught = e; } });
        bad.Start(); bad.Join();
        Console.WriteLine("caught in thread: " + caught.Message);
    }
}
