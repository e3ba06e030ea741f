// State visible after an exception: locals and fields assigned before the throw keep their values
// in the catch, struct fields partly updated stay updated, array writes before an out-of-range
// write persist, a constructor that throws leaves no object (but a field initializer's side effects
// happen), out parameters assigned before the throw, and exception properties (Message, Data,
// InnerException chain, HResult of runtime exceptions, custom Message override).
using System;
struct Pair { public int A, B; }
class Partial { public static int Initialized; int f = Init(); static int Init() { Initialized++; return 1; } public Partial(bool fail) { if (fail) throw new InvalidOperationException("ctor"); } }
class ExceptionState {
    static int field;
    static void Update(ref Pair p) { p.A = 1; throw new Exception("half"); }
    static void OutThen(out int x) { x = 42; throw new Exception(); }
    static void Main() {
        int local = 0;
        try { local = 5; field = 6; throw new Exception(); } catch { Console.WriteLine("local " + local + ", field " + field); }
        Pair p = new Pair(); try { Update(ref p); } catch { Console.WriteLine("struct half-updated: " + p.A + " " + p.B); }
        int[] arr = new int[3]; try { for (int i = 0; ; i++) arr[i] = i + 1; } catch (IndexOutOfRangeException) { Console.WriteLine("array writes before the failure: " + string.Join(",", arr)); }
        Partial made = null; try { made = new Partial(true); } catch (InvalidOperationException) { Console.WriteLine("throwing ctor: result still null " + (made == null) + ", initializer ran " + Partial.Initialized); }
        int o = 0; try { OutThen(out o); } catch { Console.WriteLine("out assigned before throw: " + o); }
        Exception e = new Exception("outer", new ArgumentException("middle", new FormatException("root")));
        string chain = ""; for (Exception x = e; x != null; x = x.InnerException) chain += x.GetType().Name + ":" + x.Message + " "; Console.WriteLine("chain: " + chain);
        e.Data["key"] = 17; Console.WriteLine("Data: " + e.Data["key"] + " count " + e.Data.Count);
        try { object s = "x"; int n = (int)s; } catch (Exception ex) { Console.WriteLine("HResult InvalidCast: " + ex.HResult.ToString("X8")); }
        try { int z = 0; z = 5 / z; } catch (Exception ex) { Console.WriteLine("HResult DivideByZero: " + ex.HResult.ToString("X8")); }
        try { int[] a = null; a[0] = 1; } catch (Exception ex) { Console.WriteLine("HResult NullReference: " + ex.HResult.ToString("X8")); }
        try { int[] a = new int[1]; a[2] = 1; } catch (Exception ex) { Console.WriteLine("HResult IndexOutOfRange: " + ex.HResult.ToString("X8") + ", message: " + ex.Message); }
        try { checked { int m = int.MinValue; m--; } } catch (Exception ex) { Console.WriteLine("HResult Overflow: " + ex.HResult.ToString("X8") + ", message: " + ex.Message); }
        try { object[] a = new string[1]; a[0] = 1; } catch (Exception ex) { Console.WriteLine("ArrayTypeMismatch message: " + ex.Message); }
        try { object s = "x"; int n = (int)s; } catch (Exception ex) { Console.WriteLine("InvalidCast message: " + ex.Message); }
        try { int z = 0; z = 5 / z; } catch (Exception ex) { Console.WriteLine("DivideByZero message: " + ex.Message); }
    }
}
