// Lazy<T> (value creation once, IsValueCreated, thread-safety modes, exceptions), Interlocked (Increment, Decrement, Add, Exchange, CompareExchange), lock statements and Monitor on a single thread.
using System;
using System.Threading;
class Expensive { public static int Built; public int Id; public Expensive() { Id = ++Built; Console.WriteLine("building Expensive #" + Id); } }
class Account {
    readonly object gate = new object();
    decimal balance;
    public void Deposit(decimal amt) { lock (gate) { balance += amt; } }
    public bool Withdraw(decimal amt) { lock (gate) { if (balance < amt) return false; balance -= amt; return true; } }
    public decimal Balance { get { lock (gate) return balance; } }
}
class LazyInterlockedLock {
    static int counter;
    static object sync = new object();
    static int Reentrant(int n) { lock (sync) { return n == 0 ? 0 : 1 + Reentrant(n - 1); } }
    static void Main() {
        var lazy2 = new Lazy<string>(() => { Console.WriteLine("factory runs"); return "computed"; });
        Console.WriteLine(lazy2.IsValueCreated);
        Console.WriteLine(lazy2.Value + " " + lazy2.Value);
        var lazy3 = new Lazy<int>(() => 42, LazyThreadSafetyMode.None);
        Console.WriteLine(lazy3.Value + " " + lazy3.ToString());
        var lazy4 = new Lazy<int>(() => 7, true);
        Console.WriteLine(lazy4.Value);
        Console.WriteLine(new Lazy<string>(() => "x").ToString());
        Console.WriteLine(Interlocked.Increment(ref counter) + " " + Interlocked.Increment(ref counter) + " " + Interlocked.Decrement(ref counter));
        Console.WriteLine(Interlocked.Add(ref counter, 10) + " " + counter);
        Console.WriteLine(Interlocked.Exchange(ref counter, 100) + " " + counter);
        Console.WriteLine(Interlocked.CompareExchange(ref counter, 200, 99) + " " + counter);
        Console.WriteLine(Interlocked.CompareExchange(ref counter, 200, 100) + " " + counter);
        long big = long.MaxValue - 1;
        Console.WriteLine(Interlocked.Increment(ref big) + " " + Interlocked.Read(ref big));
        string sref = "a";
        Console.WriteLine(Interlocked.Exchange(ref sref, "b") + sref + " " + Interlocked.CompareExchange(ref sref, "c", "b") + sref);
        double dv = 1.5;
        Console.WriteLine(Interlocked.Exchange(ref dv, 2.5) + " " + dv);
        var acct = new Account();
        acct.Deposit(100); acct.Deposit(50.25m);
        Console.WriteLine(acct.Withdraw(120) + " " + acct.Withdraw(100) + " " + acct.Balance);
        Console.WriteLine("reentrant depth " + Reentrant(5));
        bool taken = false;
        int x = 0;
        Volatile.Write(ref x, 5);
        Console.WriteLine(Volatile.Read(ref x));
        Thread.MemoryBarrier();
        Console.WriteLine(LazyInitializer.EnsureInitialized(ref sref, () => "never") + " done");
        var lazy = new Lazy<Expensive>();
        Console.WriteLine("created lazy, value created: " + lazy.IsValueCreated);
        Console.WriteLine("id " + lazy.Value.Id);
        Console.WriteLine("id again " + lazy.Value.Id + " created: " + lazy.IsValueCreated + " built " + Expensive.Built);
        int attempts = 0;
        var failing = new Lazy<int>(() => { attempts++; throw new InvalidOperationException("factory failed"); });
        for (int i = 0; i < 2; i++) try { var v = failing.Value; } catch (InvalidOperationException e) { Console.WriteLine(e.Message + " attempts=" + attempts); }
        var pub = new Lazy<int>(() => { attempts++; throw new ArgumentException("pub"); }, LazyThreadSafetyMode.PublicationOnly);
        for (int i = 0; i < 2; i++) try { var v = pub.Value; } catch (ArgumentException) { Console.WriteLine("pub attempts=" + attempts); }
        Console.WriteLine(Monitor.IsEntered(sync));
        lock (sync) { Console.WriteLine("inside lock entered=" + Monitor.IsEntered(sync)); }
        try { Monitor.Enter(sync, ref taken); Console.WriteLine("taken " + taken); } finally { if (taken) Monitor.Exit(sync); }
        Console.WriteLine(Monitor.TryEnter(sync) + " " + Monitor.IsEntered(sync));
        Monitor.Exit(sync);
        try { Monitor.Exit(sync); } catch (SynchronizationLockException e) { Console.WriteLine(e.GetType().Name); }
        try { lock (sync) { throw new Exception("inside lock"); } } catch (Exception e) { Console.WriteLine(e.Message + " released=" + !Monitor.IsEntered(sync)); }
    }
}
