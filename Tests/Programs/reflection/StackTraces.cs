// Stack traces: Exception.StackTrace and ToString() frame lines as mono prints them (module ids
// masked: the test compiles separately), rethrow keeping the trace, traces through generic
// methods, constructors and lambdas, new StackTrace() and StackFrame, MethodBase.GetCurrentMethod.
using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
class Worker<T> {
    public T Value;
    public Worker(T v) { Value = v; if (v == null) throw new ArgumentNullException("v"); }
    public void Fail<U>(U extra) { throw new InvalidOperationException("fail " + Value + " " + extra); }
    public string Where() => MethodBase.GetCurrentMethod().DeclaringType.Name + "." + MethodBase.GetCurrentMethod().Name;
}
class StackTraces {
    static string Mask(string s) {
        // Module ids differ between compilations: <32 hex digits> becomes <mvid>.
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < s.Length; i++) {
            if (s[i] == '<' && i + 33 < s.Length && s[i + 33] == '>' && s.Substring(i + 1, 32).All(c => "0123456789abcdef".IndexOf(c) >= 0)) { sb.Append("<mvid>"); i += 33; }
            else sb.Append(s[i]);
        }
        return sb.ToString();
    }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Level3(int depth) { throw new FormatException("deep " + depth); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Level2(string tag) { Level3(tag.Length); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Level1() { Level2("abc"); }
    static void Rethrow() { try { Level1(); } catch (FormatException) { throw; } }
    static void Wrap() { try { Level1(); } catch (FormatException e) { throw new ApplicationException("wrapped", e); } }
    static int Property { [MethodImpl(MethodImplOptions.NoInlining)] get { throw new NotSupportedException("prop"); } }
    static void Show(Exception e) {
        var lines = e.StackTrace.Split('\n').Select(l => Mask(l.TrimEnd('\r'))).ToArray();
        Console.WriteLine(e.GetType().Name + ": " + lines.Length + " frames");
        foreach (var l in lines) Console.WriteLine(l);
    }
    static void Main() {
        try { Level1(); } catch (Exception e) { Show(e); }
        try { Rethrow(); } catch (Exception e) { Show(e); }
        try { Wrap(); } catch (Exception e) { Show(e); Console.WriteLine(Mask(e.ToString())); }
        try { new Worker<int>(5).Fail("x"); } catch (Exception e) { Show(e); }
        try { new Worker<string>(null); } catch (Exception e) { Show(e); }
        try { Console.WriteLine(Property); } catch (Exception e) { Show(e); }
        try { Action act = () => Level3(9); act(); } catch (Exception e) { Console.WriteLine(e.StackTrace.Split('\n').Length); }
        try { object o = "s"; int i = (int)o; } catch (Exception e) { Show(e); }
        try { int[] arr = new int[1]; arr[2] = 1; } catch (Exception e) { Show(e); }
        var saved = new Exception("never thrown");
        Console.WriteLine(saved.StackTrace == null);
        var trace = new StackTrace();
        Console.WriteLine(trace.FrameCount + " " + trace.GetFrame(0).GetMethod().Name);
        Console.WriteLine(new StackFrame().GetMethod().Name + " " + new StackFrame(0).GetMethod().Name);
        Console.WriteLine(MethodBase.GetCurrentMethod().Name + " " + MethodBase.GetCurrentMethod().DeclaringType.Name + " " + new Worker<int>(1).Where());
        Console.WriteLine(Mask(new StackTrace().ToString()).Trim());
    }
}
