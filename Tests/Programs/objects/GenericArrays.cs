// Arrays in generic code: new T[n] for value and reference T, default elements, T[] covariance
// when T is a reference type, Array.Empty<T>, IList<T> and ICollection<T> views of T[] (an array
// implements IList<T>; Add throws NotSupportedException), generic swap/reverse on arrays of
// structs, and multi-dimensional T[,] in generic methods.
using System;
using System.Collections.Generic;
struct P { public int X; }
class GenericArrays {
    static T[] Fill<T>(int n, T v) { T[] a = new T[n]; for (int i = 0; i < n; i++) a[i] = v; return a; }
    static T[] Defaults<T>(int n) { return new T[n]; }
    static void Reverse<T>(T[] a) { for (int i = 0, j = a.Length - 1; i < j; i++, j--) { T t = a[i]; a[i] = a[j]; a[j] = t; } }
    static int Count<T>(IList<T> l) { return l.Count; }
    static T[,] Grid<T>(int r, int c, T v) { T[,] g = new T[r, c]; g[r - 1, c - 1] = v; return g; }
    static void Main() {
        Console.WriteLine("Fill int: " + string.Join(",", Fill(3, 7)) + ", string: " + string.Join(",", Fill(2, "s")) + ", type " + Fill(1, 'c').GetType().Name);
        Console.WriteLine("defaults: " + Defaults<int>(2)[1] + " " + (Defaults<string>(2)[1] == null) + " " + Defaults<P>(2)[1].X + " " + Defaults<int?>(1)[0].HasValue);
        object[] cov = Fill<string>(2, "x"); Console.WriteLine("covariant T[]: " + cov.Length + " " + cov.GetType().Name);
        Console.WriteLine("Array.Empty: " + Array.Empty<int>().Length + " same instance: " + ReferenceEquals(Array.Empty<string>(), Array.Empty<string>()));
        int[] arr = { 1, 2, 3 }; IList<int> il = arr; il[0] = 10; Console.WriteLine("IList<int> view writes through: " + arr[0] + ", Count " + Count(arr) + ", Contains 3: " + il.Contains(3) + ", IndexOf 2: " + il.IndexOf(2));
        try { il.Add(4); } catch (NotSupportedException) { Console.WriteLine("IList<int>.Add on array: NotSupportedException"); }
        ICollection<string> ic = new string[] { "a" }; Console.WriteLine("ICollection<string>.IsReadOnly: " + ic.IsReadOnly + ", Count " + ic.Count);
        IEnumerable<object> eo = new string[] { "p", "q" }; string s = ""; foreach (object o in eo) s += o; Console.WriteLine("IEnumerable<object> over string[]: " + s);
        P[] ps = { new P { X = 1 }, new P { X = 2 }, new P { X = 3 } }; Reverse(ps); Console.WriteLine("generic reverse structs: " + ps[0].X + ps[1].X + ps[2].X);
        var g = Grid(2, 3, "end"); Console.WriteLine("generic T[,]: " + g[1, 2] + " " + (g[0, 0] == null) + " " + g.GetType().Name);
        List<int[]> lists = new List<int[]> { new int[2], new int[3] }; lists[1][2] = 5; Console.WriteLine("list of arrays: " + lists[1][2]);
    }
}
