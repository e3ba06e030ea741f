// Float comparisons with NaN (every operator, both orders, both float and double), negative zero
// equality, infinities, Equals/CompareTo of NaN (NaN.Equals(NaN) is true, == is false), sort order.
using System;
class FloatCompare {
    static double D(double x) { return x; }
    static float F(float x) { return x; }
    static void Main() {
        double n = D(double.NaN), one = D(1), pz = D(0.0), nz = D(-0.0), inf = D(double.PositiveInfinity);
        Console.WriteLine("NaN == NaN: " + (n == n) + ", != " + (n != n) + ", < " + (n < n) + ", <= " + (n <= n) + ", > " + (n > n) + ", >= " + (n >= n));
        Console.WriteLine("NaN vs 1: == " + (n == one) + ", != " + (n != one) + ", < " + (n < one) + ", <= " + (n <= one) + ", > " + (n > one) + ", >= " + (n >= one));
        Console.WriteLine("1 vs NaN: == " + (one == n) + ", != " + (one != n) + ", < " + (one < n) + ", <= " + (one <= n) + ", > " + (one > n) + ", >= " + (one >= n));
        Console.WriteLine("!(NaN < 1): " + !(n < one) + ", !(NaN >= 1): " + !(n >= one));
        int branches = 0;
        if (n < one) branches += 1; else branches += 10;
        if (n > one) branches += 100; else branches += 1000;
        if (!(n <= one)) branches += 10000;
        if (!(n >= one)) branches += 100000;
        if (n != one) branches += 1000000;
        Console.WriteLine("NaN branch pattern: " + branches);
        Console.WriteLine("0.0 == -0.0: " + (pz == nz) + ", 1/0.0: " + (one / pz) + ", 1/-0.0: " + (one / nz));
        Console.WriteLine("-0.0 < 0.0: " + (nz < pz) + ", Equals: " + nz.Equals(pz) + ", CompareTo: " + nz.CompareTo(pz));
        Console.WriteLine("NaN.Equals(NaN): " + n.Equals(n) + ", NaN.CompareTo(NaN): " + n.CompareTo(n) + ", NaN.CompareTo(1): " + n.CompareTo(one) + ", 1.CompareTo(NaN): " + one.CompareTo(n));
        Console.WriteLine("inf == inf: " + (inf == D(double.PositiveInfinity)) + ", inf > MaxValue: " + (inf > double.MaxValue) + ", -inf < MinValue: " + (-inf < double.MinValue));
        Console.WriteLine("inf - inf is NaN: " + double.IsNaN(inf - inf) + ", inf * 0 is NaN: " + double.IsNaN(inf * pz) + ", 0/0 is NaN: " + double.IsNaN(pz / pz));
        float fn = F(float.NaN), f1 = F(1);
        Console.WriteLine("float NaN vs 1: == " + (fn == f1) + ", != " + (fn != f1) + ", < " + (fn < f1) + ", <= " + (fn <= f1) + ", > " + (fn > f1) + ", >= " + (fn >= f1));
        Console.WriteLine("float NaN == (double)NaN: " + ((double)fn == n) + ", IsNaN((double)float NaN): " + double.IsNaN((double)fn));
        Console.WriteLine("float -0 == 0: " + (F(-0.0f) == F(0.0f)) + ", 1/-0f: " + (1 / F(-0.0f)));
        Console.WriteLine("Math.Max(NaN, 1): " + Math.Max(n, one) + ", Math.Min(1, NaN): " + Math.Min(one, n) + ", Math.Max(-0.0, 0.0) sign: " + (1 / Math.Max(nz, pz)));
        double[] arr = { 3, n, -inf, 1, nz, pz, inf, -1 };
        Array.Sort(arr);
        Console.WriteLine("sorted: " + string.Join(" ", arr));
        Console.WriteLine("NaN ternary: " + (n > 0 ? "gt" : n <= 0 ? "le" : "unordered"));
        int count = 0; for (double d = 0; d != 1.0 && count < 20; d += 0.1) count++;
        Console.WriteLine("0.1 steps never hit 1.0 exactly: " + count);
        Console.WriteLine("0.1 + 0.2 == 0.3: " + (D(0.1) + D(0.2) == 0.3) + ", float: " + (F(0.1f) + F(0.2f) == 0.3f));
        Console.WriteLine("double.Epsilon > 0: " + (D(double.Epsilon) > 0) + ", Epsilon/2 == 0: " + (D(double.Epsilon) / 2 == 0));
    }
}
