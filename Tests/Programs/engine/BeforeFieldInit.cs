// beforefieldinit types (static field initializers, no static constructor): when the initializer
// runs is the runtime's choice (ECMA II.10.5.3.2: at or before first static field access). Mono 6.8
// runs it at the first static method call too (CallOnly.Get, Lazy.Make), never for an untouched
// type; the precise type next to it (Eager) runs its cctor exactly at first access.
using System;
class Log { public static void W(string s) { Console.WriteLine(s); } }
class Lazy { public static int F = Make("Lazy.F initializer"); public static int Make(string s) { Log.W(s); return 7; } public static void M() { Log.W("Lazy.M"); } }
class Eager { public static int F = Lazy.Make("Eager.F initializer"); static Eager() { Log.W("Eager cctor"); } }
class Untouched { public static int F = Lazy.Make("Untouched.F initializer (must not run)"); }
class CallOnly { public static int F = Lazy.Make("CallOnly.F initializer"); public static int Get() { return 3; } }
class BeforeFieldInit {
    static void UseLazy() { Log.W("UseLazy start"); Log.W("Lazy.F = " + Lazy.F); }
    static void UseEager() { Log.W("UseEager start"); Log.W("Eager.F = " + Eager.F); }
    static void Main() {
        Log.W("Main start");
        UseEager();
        Log.W("calling CallOnly.Get: " + CallOnly.Get());
        UseLazy();
        Lazy.M();
        Log.W("Main end");
    }
}
