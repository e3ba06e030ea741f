// Boxing edge cases: unbox to the wrong type (InvalidCastException, even int to long or to uint),
// unbox of an enum as its underlying type and back (allowed), unbox of null to a value type
// (NullReferenceException) and to Nullable<T> (null), boxing Nullable<T> (null or a boxed T, never a
// boxed Nullable), boxed values are copies, equality of boxes (== compares references,
// Equals compares values), and GetType of boxed values.
using System;
enum E { A = 1, B = 2 }
enum EL : long { X = 5 }
class BoxingEdges {
    static string R(Func<object> f) { try { object o = f(); return o == null ? "null" : o.ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static object Same(object o) { return o; }
    static void Main() {
        object i = 42, n = null, e = E.B, b = (byte)7, l = 7L;
        Console.WriteLine("(long)boxed int: " + R(() => (long)i) + ", (uint): " + R(() => (uint)i) + ", (short): " + R(() => (short)i) + ", (int): " + R(() => (int)i));
        Console.WriteLine("(int)boxed byte: " + R(() => (int)b) + ", (int)boxed long: " + R(() => (int)l) + ", (double)boxed int: " + R(() => (double)i));
        Console.WriteLine("(int)boxed enum: " + R(() => (int)e) + ", (E)boxed int: " + R(() => (E)i) + ", (long)boxed E: " + R(() => (long)e) + ", (EL)boxed long: " + R(() => (EL)l) + ", (E)boxed long: " + R(() => (E)l));
        Console.WriteLine("(int)null: " + R(() => (int)n) + ", (int?)null: " + R(() => (int?)n) + ", (E?)null: " + R(() => (E?)n));
        Console.WriteLine("(int?)boxed int: " + R(() => (int?)i) + ", (long?)boxed int: " + R(() => (long?)i) + ", (E?)boxed int: " + R(() => (E?)i));
        int? hv = 3, nv = null; object bh = hv, bn = nv;
        Console.WriteLine("boxed int? with value: " + bh.GetType().Name + " " + bh + ", boxed null int?: " + (bn == null));
        Console.WriteLine("boxed int? is int: " + (bh is int) + ", is int?: " + (bh is int?) + ", unbox to int: " + (int)bh);
        int v = 10; object bv = v; v = 20; Console.WriteLine("box is a copy: " + bv + " " + v);
        object x1 = 5, x2 = 5; Console.WriteLine("== on boxes: " + (x1 == x2) + ", Equals: " + x1.Equals(x2) + ", same box ==: " + ((object)x1 == Same(x1)) + ", 5.Equals(5L): " + x1.Equals(5L));
        Console.WriteLine("GetType: " + i.GetType().Name + " " + e.GetType().Name + " " + b.GetType().Name + " " + ((object)'c').GetType().Name + " " + ((object)1.5f).GetType().Name + " " + ((object)IntPtr.Zero).GetType().Name);
        object dec = 1.5m; Console.WriteLine("decimal box: " + dec + " " + R(() => (double)dec) + " " + R(() => (decimal)dec));
        object bo = true; Console.WriteLine("bool box: " + bo + " " + R(() => (int)bo) + " " + ((bool)bo ? "yes" : "no"));
        ValueType vt = 3; Console.WriteLine("ValueType var: " + vt + " " + (vt is int) + " " + R(() => (int)(object)vt));
        IComparable ic = 7; Console.WriteLine("IComparable box CompareTo(5): " + ic.CompareTo(5) + ", with long: " + R(() => ic.CompareTo(5L)));
        IFormattable f = 255; Console.WriteLine("IFormattable box: " + f.ToString("X4", null));
    }
}
