// Structs through interfaces: calling an interface method on a struct boxes a copy, so mutations
// through the interface do not reach the local; a boxed struct mutated through the interface keeps
// its changes; generic constrained calls mutate the original; mutable structs in List<T> (the
// indexer returns a copy) and in arrays; IComparable/IEquatable on structs.
using System;
using System.Collections.Generic;
interface ICounter { void Inc(); int Get(); }
struct Cnt : ICounter, IComparable<Cnt> {
    public int N;
    public void Inc() { N++; }
    public int Get() { return N; }
    public int CompareTo(Cnt o) { return N.CompareTo(o.N); }
}
class StructInterface {
    static void IncVia(ICounter c) { c.Inc(); }
    static void IncGeneric<T>(ref T c) where T : ICounter { c.Inc(); }
    static void IncGenericByValue<T>(T c) where T : ICounter { c.Inc(); c.Inc(); Console.WriteLine("inside generic by value: " + c.Get()); }
    static int GetTwice<T>(T c) where T : ICounter { c.Inc(); return c.Get(); }
    static void Main() {
        Cnt c = new Cnt();
        IncVia(c); Console.WriteLine("after IncVia(struct): " + c.N);
        ICounter boxed = c; boxed.Inc(); boxed.Inc(); Console.WriteLine("boxed: " + boxed.Get() + ", local: " + c.N);
        IncVia(boxed); Console.WriteLine("boxed after IncVia: " + boxed.Get());
        IncGeneric(ref c); IncGeneric(ref c); Console.WriteLine("after constrained ref calls: " + c.N);
        IncGenericByValue(c); Console.WriteLine("after generic by value: " + c.N);
        Console.WriteLine("GetTwice: " + GetTwice(c) + " " + GetTwice(c) + ", local " + c.N);
        Cnt unboxed = (Cnt)boxed; unboxed.Inc(); Console.WriteLine("unboxed copy: " + unboxed.N + ", boxed: " + boxed.Get());
        List<Cnt> list = new List<Cnt> { new Cnt(), new Cnt { N = 5 } };
        Cnt item = list[1]; item.Inc(); Console.WriteLine("list indexer copy: " + list[1].N);
        list[1] = item; Console.WriteLine("after writing back: " + list[1].N);
        List<ICounter> ilist = new List<ICounter> { new Cnt(), new Cnt() };
        ilist[0].Inc(); ilist[0].Inc(); Console.WriteLine("list of boxed: " + ilist[0].Get() + " " + ilist[1].Get());
        Cnt[] arr = new Cnt[2]; arr[0].Inc(); ((ICounter)arr[1]).Inc(); Console.WriteLine("array direct " + arr[0].N + ", array via interface cast " + arr[1].N);
        foreach (ICounter x in ilist) x.Inc(); Console.WriteLine("foreach over boxed: " + ilist[0].Get() + " " + ilist[1].Get());
        List<Cnt> sorted = new List<Cnt> { new Cnt { N = 3 }, new Cnt { N = 1 }, new Cnt { N = 2 } }; sorted.Sort();
        Console.WriteLine("sorted via IComparable<Cnt>: " + sorted[0].N + sorted[1].N + sorted[2].N);
        object o = c; ICounter ic = (ICounter)o; ic.Inc(); Console.WriteLine("object and interface share one box: " + ((Cnt)o).N);
        Console.WriteLine("is ICounter: " + (o is ICounter) + ", is IComparable<Cnt>: " + (o is IComparable<Cnt>) + ", is IComparable: " + (o is IComparable));
    }
}
