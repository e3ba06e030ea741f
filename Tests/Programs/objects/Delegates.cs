// Delegates: static, instance, virtual (dispatches on the target's type), interface and struct
// (boxed copy) methods, generic methods; multicast invocation order and return value of the last,
// -= removing the last occurrence, removing an absent method, invocation list length, delegate
// equality (same target and method), Invoke on a null delegate (NullReferenceException), and an
// exception in the middle of a multicast stopping the rest.
using System;
class Base { public string Tag = "base"; public virtual string V() { return "Base.V(" + Tag + ")"; } public string I() { return "I(" + Tag + ")"; } }
class Derived : Base { public override string V() { return "Derived.V(" + Tag + ")"; } }
interface IS { string S(); }
struct SV : IS { public int N; public string S() { N++; return "SV" + N; } }
class Delegates {
    static string log = "";
    static string Stat() { return "static"; }
    static int One() { log += "1"; return 1; }
    static int Two() { log += "2"; return 2; }
    static int Three() { log += "3"; return 3; }
    static int Boom() { log += "B"; throw new InvalidOperationException("boom"); }
    static string Gen<T>(T x) { return typeof(T).Name + "=" + x; }
    static void Main() {
        Func<string> f = Stat; Console.WriteLine("static: " + f());
        Base b = new Base(); f = b.I; b.Tag = "changed"; Console.WriteLine("instance (sees later field change): " + f());
        Base d = new Derived(); f = d.V; Console.WriteLine("virtual via base ref: " + f());
        f = new Func<string>(d.V); Console.WriteLine("explicit new: " + f() + ", Target is Derived: " + (f.Target is Derived));
        IS i = new SV(); f = i.S; Console.WriteLine("interface: " + f() + f() + " and the boxed target keeps state: " + ((SV)i).N);
        SV sv = new SV(); f = sv.S; Console.WriteLine("struct method (boxed copy): " + f() + f() + ", local N " + sv.N);
        Func<int, string> g = Gen<int>; Func<string, string> gs = Gen<string>; Console.WriteLine("generic method: " + g(5) + " " + gs("x"));
        Func<int> m = One; m += Two; m += Three; log = "";
        int last = m(); Console.WriteLine("multicast returns last: " + last + ", order " + log + ", list length " + m.GetInvocationList().Length);
        m += One; m -= One; log = ""; m(); Console.WriteLine("after += One, -= One: " + log);
        m = One; m += Two; m += One; m -= One; log = ""; m(); Console.WriteLine("-= removes the last occurrence: " + log);
        m -= Three; log = ""; m(); Console.WriteLine("-= absent method leaves it: " + log);
        Func<int> combo = (Func<int>)Delegate.Combine(new Func<int>(One), new Func<int>(Two)); combo = (Func<int>)Delegate.Remove(combo, new Func<int>(Two)); log = ""; combo(); Console.WriteLine("Delegate.Remove with an equal delegate: " + log);
        Func<int> e = One; e -= One; Console.WriteLine("removing the only method gives null: " + (e == null));
        Func<string> a1 = b.I, a2 = b.I, a3 = new Base().I; Console.WriteLine("equality: same target " + (a1 == a2) + " " + a1.Equals(a2) + ", other target " + (a1 == a3));
        Func<string> s1 = Stat, s2 = Stat; Console.WriteLine("static equality: " + (s1 == s2));
        Func<int> bad = One; bad += Boom; bad += Three; log = "";
        try { bad(); } catch (InvalidOperationException ex) { Console.WriteLine("exception in multicast: " + ex.Message + ", ran " + log); }
        Func<int> nul = null;
        try { nul(); } catch (NullReferenceException) { Console.WriteLine("invoking null delegate: NullReferenceException"); }
        try { nul.Invoke(); } catch (NullReferenceException) { Console.WriteLine("null.Invoke(): NullReferenceException"); }
        Action<string> act = s => log = s; act += s => log += "+" + s; act("x"); Console.WriteLine("multicast Action: " + log);
        Predicate<int> p = x => x > 3; Converter<int, string> c = x => "#" + x; Console.WriteLine("other delegate types: " + p(4) + " " + c(9));
    }
}
