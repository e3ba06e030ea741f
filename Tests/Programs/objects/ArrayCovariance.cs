// Array covariance: string[] seen as object[] accepts strings and null, rejects other types with
// ArrayTypeMismatchException (stelem.ref check), ref to an element of a covariant array
// (ldelema type check throws), covariance through interfaces (IComparable[]), value-type arrays
// are not covariant (int[] is not object[]), but int[] is castable to uint[] via object (CLR rule).
using System;
class Animal { } class Dog : Animal { } class Cat : Animal { }
class ArrayCovariance {
    static string R(Func<object> f) { try { object o = f(); return o == null ? "null" : o.ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static void SetRef(ref object slot, object v) { slot = v; }
    static void Main() {
        object[] objs = new string[2];
        Console.WriteLine("store string: " + R(() => { objs[0] = "ok"; return objs[0]; }));
        Console.WriteLine("store null: " + R(() => { objs[1] = null; return "stored null"; }));
        Console.WriteLine("store int: " + R(() => { objs[0] = 1; return "stored"; }));
        Console.WriteLine("store object: " + R(() => { objs[0] = new object(); return "stored"; }));
        Animal[] animals = new Dog[2];
        Console.WriteLine("store Dog: " + R(() => { animals[0] = new Dog(); return "stored"; }) + ", store Cat: " + R(() => { animals[1] = new Cat(); return "stored"; }));
        Console.WriteLine("ref to covariant element: " + R(() => { SetRef(ref objs[0], "x"); return "ok"; }));
        object[] exact = new object[1];
        Console.WriteLine("ref to exact object[] element: " + R(() => { SetRef(ref exact[0], 5); return exact[0]; }));
        IComparable[] comps = new string[] { "b", "a" }; Array.Sort(comps); Console.WriteLine("IComparable[] over string[]: " + comps[0] + comps[1] + ", store int: " + R(() => { comps[0] = 5; return "stored"; }));
        object ints = new int[] { -1 };
        Console.WriteLine("int[] is object[]: " + (ints is object[]) + ", is uint[]: " + (ints is uint[]) + ", is long[]: " + (ints is long[]));
        Console.WriteLine("(uint[])(object)int[]: " + R(() => ((uint[])ints)[0]));
        object e = new Color[] { Color.B }; Console.WriteLine("enum[] is int[]: " + (e is int[]) + ", int[] is Color[]: " + (ints is Color[]));
        object[] fromArr = new Dog[] { new Dog() }; Console.WriteLine("Dog[] as Animal[]: " + (fromArr as Animal[] != null) + ", as Cat[]: " + (fromArr as Cat[] != null) + ", GetType: " + fromArr.GetType().Name);
        Console.WriteLine("int[][] is object[]: " + ((object)new int[1][] is object[]));
        Console.WriteLine("Array.Copy object[] of Cat into Dog[] slot: " + R(() => { Array.Copy(new Animal[] { new Cat() }, new Dog[1], 1); return "ok"; }));
    }
    enum Color { A, B }
}
