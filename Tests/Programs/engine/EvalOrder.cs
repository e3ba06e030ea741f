// Evaluation order: operands left to right, arguments left to right (also with ref/out and named
// arguments), array element assignment evaluates array, index, then value before the bounds check,
// compound assignment reads the target once, x++ vs ++x in one expression, side effects in
// conditions, null-coalescing and conditional access short-circuit, exceptions mid-expression
// leave earlier side effects done.
using System;
using System.Text;
class Obj { public int F; public int[] Arr = new int[2]; }
class EvalOrder {
    static StringBuilder log = new StringBuilder();
    static int L(int v) { log.Append(v + " "); return v; }
    static int[] A(int[] a) { log.Append("arr "); return a; }
    static Obj O(Obj o) { log.Append("obj "); return o; }
    static int Three(int a, int b, int c) { return a * 100 + b * 10 + c; }
    static string Show() { string s = log.ToString().Trim(); log.Clear(); return s; }
    static void Main() {
        int r = L(1) + L(2) * L(3); Console.WriteLine("1 + 2 * 3 = " + r + ", order " + Show());
        r = L(10) - L(4) - L(3); Console.WriteLine("left assoc: " + r + ", order " + Show());
        r = Three(L(1), L(2), L(3)); Console.WriteLine("arguments: " + r + ", order " + Show());
        r = Three(c: L(3), a: L(1), b: L(2)); Console.WriteLine("named arguments: " + r + ", order " + Show());
        int[] arr = new int[2];
        try { A(arr)[L(5)] = L(7); } catch (IndexOutOfRangeException) { Console.WriteLine("index out of range after evaluating " + Show()); }
        Obj o = new Obj(); O(o).Arr[L(1)] += L(5); Console.WriteLine("compound on element: " + o.Arr[1] + ", order " + Show());
        O(o).F += L(3); O(o).F *= L(2); Console.WriteLine("compound on field: " + o.F + ", order " + Show());
        int i = 1; int v = i++ + i++ * ++i; Console.WriteLine("i++ + i++ * ++i with i = 1: " + v + ", i = " + i);
        i = 5; v = i-- - --i; Console.WriteLine("i-- - --i with i = 5: " + v + ", i = " + i);
        i = 0; arr[i++] = i; Console.WriteLine("arr[i++] = i: arr[0] = " + arr[0] + ", i = " + i);
        i = 2; i = i++ + i; Console.WriteLine("i = i++ + i with i = 2: " + i);
        int x = 10; x += x++ + ++x; Console.WriteLine("x += x++ + ++x with x = 10: " + x);
        bool b = L(0) == 1 && L(99) == 99; Console.WriteLine("&& short-circuit: " + b + ", order " + Show());
        b = L(1) == 1 || L(99) == 99; Console.WriteLine("|| short-circuit: " + b + ", order " + Show());
        b = (L(0) == 1) & (L(2) == 2); Console.WriteLine("& evaluates both: " + b + ", order " + Show());
        r = L(1) > 0 ? L(2) : L(3); Console.WriteLine("conditional: " + r + ", order " + Show());
        string s = null; string t = s ?? (L(4) > 0 ? "rhs" : "x"); Console.WriteLine("?? evaluates rhs: " + t + ", order " + Show());
        s = "lhs"; t = s ?? (L(4) > 0 ? "rhs" : "x"); Console.WriteLine("?? skips rhs: " + t + ", order [" + Show() + "]");
        Obj nobj = null; int? len = nobj?.Arr[L(0)]; Console.WriteLine("?. short-circuits the index: " + (len == null) + ", order [" + Show() + "]");
        try { r = L(1) + L(2) / (L(0)) + L(3); } catch (DivideByZeroException) { Console.WriteLine("exception mid-expression after " + Show()); }
        long big = L(1) + (long)int.MaxValue * L(2); Console.WriteLine("mixed widths: " + big + ", order " + Show());
        string cat = L(1) + "" + L(2) + L(3); Console.WriteLine("concat: " + cat + ", order " + Show());
        int[] init = { L(3), L(1), L(2) }; Console.WriteLine("array initializer: " + string.Join(",", init) + ", order " + Show());
        Obj made = new Obj { F = L(8), Arr = new[] { L(9) } }; Console.WriteLine("object initializer: " + made.F + " " + made.Arr[0] + ", order " + Show());
    }
}
