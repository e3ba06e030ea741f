// Casts: is/as/explicit casts between classes, interfaces, arrays and boxed values; failed casts
// raise InvalidCastException, as gives null; null passes every reference cast and fails `is`;
// generic variance (IEnumerable<string> as IEnumerable<object>, Func<string> as Func<object>,
// Action<object> as Action<string>), no variance for value types (IEnumerable<int> is not
// IEnumerable<object>), and casts to sealed and generic types.
using System;
using System.Collections.Generic;
interface IShape { } class Shape : IShape { } class Circle : Shape { } sealed class Sealed { }
interface IBox<out T> { T Get(); } class BoxOf<T> : IBox<T> { T v; public BoxOf(T x) { v = x; } public T Get() { return v; } }
interface ISink<in T> { string Put(T x); } class Sink<T> : ISink<T> { public string Put(T x) { return "put " + x; } }
class Casts {
    static string R(Func<object> f) { try { object o = f(); return o == null ? "null" : o.GetType().Name; } catch (Exception e) { return e.GetType().Name; } }
    static void Main() {
        object s = new Shape(), c = new Circle(), str = "text", n = null, i = 5;
        Console.WriteLine("Shape is Circle: " + (s is Circle) + ", Circle is Shape: " + (c is Shape) + ", Circle is IShape: " + (c is IShape) + ", null is Shape: " + (n is Shape));
        Console.WriteLine("(Circle)Shape: " + R(() => (Circle)s) + ", (Shape)Circle: " + R(() => (Shape)c) + ", (Circle)null: " + R(() => (Circle)n) + ", (Sealed)str: " + R(() => (Sealed)str));
        Console.WriteLine("Shape as Circle: " + ((s as Circle) == null) + ", str as string: " + (str as string) + ", i as string: " + ((i as string) == null));
        Console.WriteLine("(IShape)str: " + R(() => (IShape)str) + ", (IComparable)str: " + R(() => (IComparable)str) + ", (IComparable)i: " + R(() => (IComparable)i) + ", (IShape)i: " + R(() => (IShape)i));
        Console.WriteLine("(int)i: " + R(() => (int)i) + ", (long)i: " + R(() => (long)i) + ", (int?)i: " + R(() => (int?)i) + ", (uint)i: " + R(() => (uint)i) + ", (string)i: " + R(() => (string)i));
        IEnumerable<string> strs = new List<string> { "a", "b" };
        object os = strs;
        Console.WriteLine("IEnumerable<string> is IEnumerable<object>: " + (os is IEnumerable<object>) + ", as: " + ((os as IEnumerable<object>) != null) + ", is IList<object>: " + (os is IList<object>));
        IEnumerable<object> eo = strs; string joined = ""; foreach (object o in eo) joined += o; Console.WriteLine("enumerated through variance: " + joined);
        object ints = new List<int> { 1 }; Console.WriteLine("List<int> is IEnumerable<object>: " + (ints is IEnumerable<object>) + ", is IEnumerable<int>: " + (ints is IEnumerable<int>));
        object fs = new Func<string>(() => "f"); Console.WriteLine("Func<string> is Func<object>: " + (fs is Func<object>) + ", call: " + ((Func<object>)fs)() + ", is Func<int>: " + (fs is Func<int>));
        object ao = new Action<object>(x => { }); Console.WriteLine("Action<object> is Action<string>: " + (ao is Action<string>) + ", Action<string> is Action<object>: " + ((object)new Action<string>(x => { }) is Action<object>));
        object bx = new BoxOf<Circle>(new Circle()); Console.WriteLine("IBox<Circle> is IBox<Shape>: " + (bx is IBox<Shape>) + ", is IBox<IShape>: " + (bx is IBox<IShape>) + ", is IBox<string>: " + (bx is IBox<string>) + ", Get via IBox<object>: " + ((IBox<object>)bx).Get().GetType().Name);
        object sk = new Sink<Shape>(); Console.WriteLine("ISink<Shape> is ISink<Circle>: " + (sk is ISink<Circle>) + ", is ISink<object>: " + (sk is ISink<object>) + ", put: " + ((ISink<Circle>)sk).Put(new Circle()));
        object bi = new BoxOf<int>(1); Console.WriteLine("IBox<int> is IBox<object>: " + (bi is IBox<object>) + ", (IBox<object>)IBox<int>: " + R(() => (IBox<object>)bi));
        object arr = new Circle[1]; Console.WriteLine("Circle[] is Shape[]: " + (arr is Shape[]) + ", is IShape[]: " + (arr is IShape[]) + ", is IList<Shape>: " + (arr is IList<Shape>) + ", is IEnumerable<IShape>: " + (arr is IEnumerable<IShape>));
        Console.WriteLine("(Circle[])Shape[]: " + R(() => (Circle[])(object)new Shape[1]) + ", (string[])object[]: " + R(() => (string[])(object)new object[1]));
        object gen = new List<string>(); Console.WriteLine("List<string> is List<object>: " + (gen is List<object>) + ", (List<object>): " + R(() => (List<object>)gen));
        Console.WriteLine("pattern is with var: " + Describe(5) + " " + Describe("hi") + " " + Describe(new Circle()) + " " + Describe(null));
    }
    static string Describe(object o) { if (o is int k) return "int " + k; if (o is string t) return "string " + t.Length; if (o is Shape sh) return "shape " + sh.GetType().Name; return "other"; }
}
