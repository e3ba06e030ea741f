// Type initializers: a class with an explicit static constructor (precise) runs it at first access
// of a static field, first static method call or first instance creation, exactly once, after the
// static field initializers written above it; order across dependent types; instance constructor
// chains with field initializers running before base constructors; printed as they happen.
using System;
class Log { public static void W(string s) { Console.WriteLine(s); } }
class Precise {
    public static int A = Init("Precise.A");
    public static int B;
    static Precise() { Log.W("Precise cctor, A = " + A); B = A + 1; }
    static int Init(string s) { Log.W("init " + s); return 10; }
    public static void M() { Log.W("Precise.M"); }
}
class OnNew {
    static OnNew() { Log.W("OnNew cctor"); }
    public OnNew() { Log.W("OnNew ctor"); }
}
class First { public static int V; static First() { Log.W("First cctor, reading Second.V"); V = Second.V + 1; Log.W("First cctor done, V = " + V); } }
class Second { public static int V; static Second() { Log.W("Second cctor, reading First.V = " + First.V); V = 100; } }
class Base {
    int baseField = Trace("Base field initializer");
    static Base() { Log.W("Base cctor"); }
    public Base() { Log.W("Base ctor"); Virtual(); }
    public virtual void Virtual() { Log.W("Base.Virtual"); }
    protected static int Trace(string s) { Log.W(s); return 1; }
}
class Derived : Base {
    int derivedField = Trace("Derived field initializer");
    string name = "set by initializer";
    static Derived() { Log.W("Derived cctor"); }
    public Derived() : base() { Log.W("Derived ctor, name = " + name); }
    public override void Virtual() { Log.W("Derived.Virtual from base ctor, name = " + (name ?? "null")); }
}
class ConstOnly { public const int C = 5; static ConstOnly() { Log.W("ConstOnly cctor (must not run for a const)"); } }
class ViaGeneric<T> { public static string Name; static ViaGeneric() { Log.W("ViaGeneric<" + typeof(T).Name + "> cctor"); Name = typeof(T).Name; } }
class StaticCtorOrder {
    static void Main() {
        Log.W("Main start");
        Log.W("reading Precise.B");
        int b = Precise.B;
        Log.W("Precise.B = " + b);
        Precise.M();
        Log.W("before new OnNew");
        new OnNew(); new OnNew();
        Log.W("reading First.V");
        Log.W("First.V = " + First.V + ", Second.V = " + Second.V);
        Log.W("const: " + ConstOnly.C);
        Log.W("new Derived");
        new Derived();
        Log.W("new Derived again");
        new Derived();
        Log.W("generic: " + ViaGeneric<int>.Name + " " + ViaGeneric<string>.Name + " " + ViaGeneric<int>.Name);
        Log.W("Main end");
    }
}
