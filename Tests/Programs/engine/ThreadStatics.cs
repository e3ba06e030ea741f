// [ThreadStatic] fields on the main thread: they start at default (initializers run only on the
// thread that ran the static constructor, here the main one, but mcs puts them in the cctor), are
// separate from ordinary statics, work for value and reference types and through ref, and
// ThreadLocal<T> with a value factory.
using System;
using System.Threading;
class TS {
    [ThreadStatic] public static int Count;
    [ThreadStatic] public static string Name;
    [ThreadStatic] public static long Big;
    public static int Normal;
}
class ThreadStatics {
    static void Bump(ref int x) { x += 10; }
    static void Main() {
        Console.WriteLine("defaults: " + TS.Count + " " + (TS.Name == null) + " " + TS.Big);
        TS.Count++; TS.Count++; TS.Name = "main"; TS.Big = long.MinValue; TS.Normal = 5;
        Console.WriteLine("after writes: " + TS.Count + " " + TS.Name + " " + TS.Big + " " + TS.Normal);
        Bump(ref TS.Count); Console.WriteLine("through ref: " + TS.Count);
        ThreadLocal<int> tl = new ThreadLocal<int>(() => 41); Console.WriteLine("ThreadLocal factory: " + tl.Value + ", IsValueCreated: " + tl.IsValueCreated); tl.Value++; Console.WriteLine("ThreadLocal after ++: " + tl.Value);
    }
}
