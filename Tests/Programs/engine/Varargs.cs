// __arglist varargs (ArgIterator over extra arguments of many types, none, instance methods), __makeref/__refvalue/__reftype and TypedReference.ToObject
using System;
class P {
    static int Sum(int first, __arglist) {
        var it = new ArgIterator(__arglist);
        int total = first;
        Console.WriteLine("remaining " + it.GetRemainingCount());
        while (it.GetRemainingCount() > 0) {
            TypedReference r = it.GetNextArg();
            Type t = __reftype(r);
            object o = TypedReference.ToObject(r);
            Console.WriteLine(t.Name + " = " + o);
            if (t == typeof(int)) total += __refvalue(r, int);
        }
        return total;
    }
    void Inst(string s, __arglist) { var it = new ArgIterator(__arglist); Console.WriteLine(s + it.GetRemainingCount()); }
    static void Main() {
        Console.WriteLine(Sum(1, __arglist(2, 3L, "x", 4.5, 'c', (byte)7, 10)));
        Console.WriteLine(Sum(5, __arglist()));
        new P().Inst("inst ", __arglist(1, 2));
        int v = 42;
        TypedReference tr = __makeref(v);
        __refvalue(tr, int) = 43;
        Console.WriteLine(v + " " + __reftype(tr));
        try { long l = __refvalue(tr, long); } catch (InvalidCastException e) { Console.WriteLine("ICE " + e.Message); }
        string s = "str"; TypedReference sr = __makeref(s); Console.WriteLine(TypedReference.ToObject(sr));
    }
}
