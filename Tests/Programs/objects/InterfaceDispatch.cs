// Interface dispatch: explicit implementations (visible only through the interface), the same
// method satisfying two interfaces, explicit and implicit implementations of one interface side by
// side, interface re-implementation in a derived class, interfaces inherited through a base class,
// generic interfaces implemented twice (IConv<int>, IConv<string>), interface inheritance chains.
using System;
interface IA { string Who(); }
interface IB { string Who(); }
interface IC : IA { string More(); }
interface IConv<T> { string Conv(T x); }
class Both : IA, IB { public string Who() { return "Both.Who"; } }
class Expl : IA, IB { string IA.Who() { return "Expl.IA"; } string IB.Who() { return "Expl.IB"; } public string Who() { return "Expl.public"; } }
class Base : IA { public string Who() { return "Base.Who"; } }
class Derived : Base { public new string Who() { return "Derived.Who"; } }
class ReImpl : Base, IA { public new string Who() { return "ReImpl.Who"; } }
class VBase : IA { public virtual string Who() { return "VBase"; } }
class VDerived : VBase { public override string Who() { return "VDerived"; } }
class Chain : IC { public string Who() { return "Chain.Who"; } public string More() { return "Chain.More"; } }
class Multi : IConv<int>, IConv<string> { public string Conv(int x) { return "int:" + x; } public string Conv(string x) { return "string:" + x; } }
class ExplGen : IConv<int>, IConv<long> { string IConv<int>.Conv(int x) { return "I" + x; } string IConv<long>.Conv(long x) { return "L" + x; } }
class InterfaceDispatch {
    static string Call<T>(IConv<T> c, T v) { return c.Conv(v); }
    static void Main() {
        Both both = new Both(); Console.WriteLine(((IA)both).Who() + " " + ((IB)both).Who());
        Expl e = new Expl(); Console.WriteLine(e.Who() + " " + ((IA)e).Who() + " " + ((IB)e).Who());
        Derived d = new Derived(); Console.WriteLine("Derived direct: " + d.Who() + ", via IA: " + ((IA)d).Who());
        ReImpl r = new ReImpl(); Console.WriteLine("ReImpl direct: " + r.Who() + ", via IA: " + ((IA)r).Who() + ", via Base: " + ((Base)r).Who());
        IA v = new VDerived(); Console.WriteLine("virtual impl: " + v.Who());
        Chain ch = new Chain(); IC ic = ch; IA ia = ch; Console.WriteLine("chain: " + ic.More() + " " + ic.Who() + " " + ia.Who());
        Multi m = new Multi(); Console.WriteLine("two instantiations: " + ((IConv<int>)m).Conv(5) + " " + ((IConv<string>)m).Conv("x") + " " + Call(m, 7) + " " + Call<string>(m, "y"));
        ExplGen g = new ExplGen(); Console.WriteLine("explicit generic: " + Call<int>(g, 1) + " " + Call<long>(g, 2L));
        object o = m; Console.WriteLine("is IConv<int>: " + (o is IConv<int>) + ", is IConv<long>: " + (o is IConv<long>) + ", is IConv<object>: " + (o is IConv<object>));
        IA[] arr = { new Both(), new Expl(), new Base(), new Derived(), new ReImpl(), new VDerived(), new Chain() };
        string all = ""; foreach (IA x in arr) all += x.Who() + ";"; Console.WriteLine("array of IA: " + all);
        Console.WriteLine("IA as IB: " + ((arr[0] as IB) != null) + " " + ((arr[2] as IB) != null));
    }
}
