// Events: subscribe/unsubscribe (+= / -=), raising with no subscribers (null check), handler order,
// a handler unsubscribing itself during the raise (the current invocation list still runs), custom
// add/remove accessors, static events, EventHandler<T> with EventArgs subclass.
using System;
using System.Text;
class TickArgs : EventArgs { public int N; }
class Clock {
    public event EventHandler<TickArgs> Tick;
    public static event Action<string> Global;
    StringBuilder accessorLog = new StringBuilder(); Action custom;
    public event Action Custom { add { accessorLog.Append("add "); custom += value; } remove { accessorLog.Append("remove "); custom -= value; } }
    public void Raise(int n) { EventHandler<TickArgs> h = Tick; if (h != null) h(this, new TickArgs { N = n }); }
    public void RaiseCustom() { if (custom != null) custom(); }
    public static void RaiseGlobal(string s) { Global?.Invoke(s); }
    public string AccessorLog => accessorLog.ToString();
}
class Events {
    static StringBuilder log = new StringBuilder();
    static void A(object s, TickArgs e) { log.Append("A" + e.N + " "); }
    static void B(object s, TickArgs e) { log.Append("B" + e.N + " "); }
    static Clock clock;
    static void SelfRemoving(object s, TickArgs e) { log.Append("S" + e.N + " "); clock.Tick -= SelfRemoving; }
    static void Main() {
        clock = new Clock();
        clock.Raise(0); Console.WriteLine("no subscribers: [" + log + "]");
        clock.Tick += A; clock.Tick += B; clock.Tick += A; clock.Raise(1); Console.WriteLine("order: " + log); log.Clear();
        clock.Tick -= A; clock.Raise(2); Console.WriteLine("after -= A: " + log); log.Clear();
        clock.Tick += SelfRemoving; clock.Raise(3); clock.Raise(4); Console.WriteLine("self-removing: " + log); log.Clear();
        Action h = () => log.Append("custom "); clock.Custom += h; clock.RaiseCustom(); clock.Custom -= h; clock.RaiseCustom(); Console.WriteLine("custom accessors: " + log + "| " + clock.AccessorLog); log.Clear();
        Clock.RaiseGlobal("nobody"); Clock.Global += s => log.Append("global " + s); Clock.RaiseGlobal("hi"); Console.WriteLine("static event: " + log); log.Clear();
        clock.Tick += (s, e) => log.Append("lambda sender is clock: " + (s == clock) + " "); clock.Raise(5); Console.WriteLine(log);
    }
}
