// C#'s undocumented __makeref/__reftype/__refvalue (mkrefany/refanytype/refanyval) on locals,
// fields and array elements, writing through __refvalue, and __arglist varargs (arglist +
// ArgIterator): counting, summing, reading types, passing no extra arguments.
using System;
class Box { public int F; }
class MakeRefArgList {
    static int Count(__arglist) { ArgIterator it = new ArgIterator(__arglist); return it.GetRemainingCount(); }
    static long Sum(int scale, __arglist) {
        ArgIterator it = new ArgIterator(__arglist); long s = 0;
        while (it.GetRemainingCount() > 0) { TypedReference tr = it.GetNextArg(); Type t = __reftype(tr); if (t == typeof(int)) s += __refvalue(tr, int); else if (t == typeof(long)) s += __refvalue(tr, long); else s += 1000; }
        return s * scale;
    }
    static string Types(__arglist) { ArgIterator it = new ArgIterator(__arglist); string r = ""; while (it.GetRemainingCount() > 0) r += __reftype(it.GetNextArg()).Name + " "; return r; }
    static void Bump(TypedReference tr) { __refvalue(tr, int) += 1; }
    static void Main() {
        int i = 41; TypedReference r = __makeref(i);
        Console.WriteLine("__reftype: " + __reftype(r).Name + ", __refvalue: " + __refvalue(r, int));
        __refvalue(r, int) = 100; Console.WriteLine("write through __refvalue: " + i);
        Bump(__makeref(i)); Console.WriteLine("Bump via TypedReference argument: " + i);
        Box b = new Box(); Bump(__makeref(b.F)); Bump(__makeref(b.F)); Console.WriteLine("field: " + b.F);
        long[] arr = new long[2]; TypedReference ar = __makeref(arr[1]); __refvalue(ar, long) = long.MaxValue; Console.WriteLine("array element: " + arr[1] + ", type " + __reftype(ar).Name);
        string s = "before"; TypedReference sr = __makeref(s); __refvalue(sr, string) = "after"; Console.WriteLine("string local: " + s);
        try { long bad = __refvalue(r, long); Console.WriteLine("no exception: " + bad); } catch (InvalidCastException) { Console.WriteLine("__refvalue with wrong type: InvalidCastException"); }
        Console.WriteLine("Count(): " + Count(__arglist()) + ", Count(1, 2, 3): " + Count(__arglist(1, 2, 3)));
        Console.WriteLine("Sum(2, 1, 2L, \"x\"): " + Sum(2, __arglist(1, 2L, "x")));
        Console.WriteLine("Sum(1): " + Sum(1, __arglist()));
        Console.WriteLine("Types: " + Types(__arglist(1, 2.5, 'c', "s", (byte)1, new Box())));
    }
}
