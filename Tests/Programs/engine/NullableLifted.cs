// Nullable<T> beyond the basics: lifted comparison operators (null < 1 is false, null == null is
// true, null >= null is false), lifted arithmetic and bitwise ops, bool? three-valued & and |,
// ?? chains, GetValueOrDefault, Value of null (InvalidOperationException), nullable structs and
// enums, conversions between nullable types, and Nullable in generic code.
using System;
enum Mode { Off, On }
struct Pair { public int A; public override string ToString() { return "Pair" + A; } }
class NullableLifted {
    static string R(Func<object> f) { try { object o = f(); return o == null ? "null" : o.ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static string Gen<T>(T? x) where T : struct { return x.HasValue ? "has:" + x.Value : "none"; }
    static int? NullInt() { return null; }
    static void Main() {
        int? n = null, one = 1, two = 2;
        Console.WriteLine("null < 1: " + (n < one) + ", null > 1: " + (n > one) + ", null <= null: " + (n <= NullInt()) + ", null == null: " + (n == null) + ", 1 < 2: " + (one < two) + ", null != 1: " + (n != one));
        Console.WriteLine("null + 1: " + R(() => n + one) + ", 1 + 2: " + R(() => one + two) + ", null * 0: " + R(() => n * 0) + ", -null: " + R(() => -n) + ", ~1: " + R(() => ~one));
        Console.WriteLine("null & 1: " + R(() => n & one) + ", 1 | 2: " + R(() => one | two) + ", 2 << 3: " + R(() => two << 3) + ", null << 1: " + R(() => n << 1));
        bool? t = true, f = false, u = null;
        Console.WriteLine("bool? &: true&null=" + R(() => t & u) + " false&null=" + R(() => f & u) + " null&null=" + R(() => u & u));
        Console.WriteLine("bool? |: true|null=" + R(() => t | u) + " false|null=" + R(() => f | u) + " null|null=" + R(() => u | u) + ", ^: " + R(() => t ^ u) + ", !null: " + R(() => !u));
        Console.WriteLine("if (null == true): " + (u == true) + ", (u ?? false): " + (u ?? false));
        int? a = null, b = null, c = 3; Console.WriteLine("?? chain: " + (a ?? b ?? c ?? 4) + ", to int: " + (a ?? 7));
        Console.WriteLine("GetValueOrDefault: " + n.GetValueOrDefault() + " " + n.GetValueOrDefault(9) + " " + two.GetValueOrDefault(9));
        Console.WriteLine("null.Value: " + R(() => n.Value) + ", (int)null: " + R(() => (int)n));
        Pair? p = new Pair { A = 4 }, pn = null; Console.WriteLine("struct?: " + p + " [" + pn + "] " + p.Value.A + " HasValue " + pn.HasValue);
        Mode? m = Mode.On, mn = null; Console.WriteLine("enum?: " + m + " " + (m == Mode.On) + " " + (mn == Mode.Off) + " " + R(() => (int?)m));
        long? wide = one; Console.WriteLine("int? to long?: " + wide + ", long? to int? explicit: " + R(() => (int?)(long?)5000000000L) + ", checked: " + R(() => checked((int?)(long?)5000000000L)));
        double? dn = null; Console.WriteLine("double? NaN compare: " + ((double?)double.NaN == double.NaN) + ", null < NaN: " + (dn < double.NaN));
        Console.WriteLine("generic: " + Gen<int>(5) + " " + Gen<Mode>(null) + " " + Gen<Pair>(new Pair { A = 1 }));
        Console.WriteLine("Equals: " + one.Equals(1) + " " + n.Equals(null) + " " + one.Equals(null) + ", ToString of null: [" + n.ToString() + "], hash of null: " + n.GetHashCode());
        int?[] arr = new int?[3]; arr[1] = 5; int sum = 0; foreach (int? x in arr) sum += x ?? 100; Console.WriteLine("array of int?: " + sum);
        Console.WriteLine("Nullable.Compare: " + Nullable.Compare(n, one) + " " + Nullable.Compare(two, one) + ", Nullable.Equals: " + Nullable.Equals(n, null));
    }
}
