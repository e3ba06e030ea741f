// Interlocked and Volatile on one thread: Increment/Decrement/Add wrap at the limits, Exchange and
// CompareExchange for int, long, double, object and generic T (success and failure cases),
// Interlocked.Read, Volatile.Read/Write, and volatile fields.
using System;
using System.Threading;
class Interlocked_ {
    static int i; static long l; static double d; static object o; static string s; static volatile int vol;
    static void Main() {
        i = int.MaxValue; Console.WriteLine("Increment at max: " + Interlocked.Increment(ref i) + " field " + i);
        Console.WriteLine("Decrement: " + Interlocked.Decrement(ref i) + ", Add -5: " + Interlocked.Add(ref i, -5));
        l = long.MaxValue; Console.WriteLine("long Increment at max: " + Interlocked.Increment(ref l) + ", Add: " + Interlocked.Add(ref l, 10));
        i = 3; Console.WriteLine("Exchange returns old: " + Interlocked.Exchange(ref i, 9) + " new " + i);
        Console.WriteLine("CompareExchange hit: " + Interlocked.CompareExchange(ref i, 20, 9) + " now " + i + ", miss: " + Interlocked.CompareExchange(ref i, 30, 9) + " still " + i);
        l = 1L << 40; Console.WriteLine("long CompareExchange: " + Interlocked.CompareExchange(ref l, 5, 1L << 40) + " now " + l + ", Read: " + Interlocked.Read(ref l));
        d = 1.5; Console.WriteLine("double Exchange: " + Interlocked.Exchange(ref d, 2.5) + " now " + d + ", CompareExchange: " + Interlocked.CompareExchange(ref d, 3.5, 2.5) + " now " + d);
        object a = new object(), b = "b"; o = a;
        Console.WriteLine("object CompareExchange by reference: " + ReferenceEquals(Interlocked.CompareExchange(ref o, b, a), a) + " now " + o + ", miss with equal-valued: " + Interlocked.CompareExchange(ref o, a, new string('b', 1)) + " still " + o);
        s = "x"; Console.WriteLine("generic CompareExchange<string>: " + Interlocked.CompareExchange<string>(ref s, "y", "x") + " now " + s + ", Exchange<string>: " + Interlocked.Exchange(ref s, null) + " now null " + (s == null));
        Volatile.Write(ref i, 77); Console.WriteLine("Volatile.Read: " + Volatile.Read(ref i));
        vol = 5; vol += 1; Console.WriteLine("volatile field: " + vol);
        Thread.MemoryBarrier(); Console.WriteLine("MemoryBarrier ok");
    }
}
