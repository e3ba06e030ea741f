// Exceptions raised by the runtime, caught as Exception and printed with type and message:
// NullReference (field, method call, array, unbox, throw null), IndexOutOfRange, DivideByZero
// (int, long, rem), Overflow (checked arithmetic, conversion, negative array size), InvalidCast,
// ArrayTypeMismatch, arithmetic from decimal; and their base-class relationships.
using System;
class Node { public int V; public Node Next; public int Get() { return V; } }
class RuntimeExceptions {
    static void T(string label, Action a) {
        try { a(); Console.WriteLine(label + ": no exception"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().FullName + ": " + e.Message); }
    }
    static int Zero() { return 0; }
    static Node NullNode() { return null; }
    static void Main() {
        T("null field read", () => { int x = NullNode().V; });
        T("null field write", () => { NullNode().V = 1; });
        T("null instance call", () => NullNode().Get());
        T("null virtual call", () => NullNode().ToString());
        T("null array length", () => { int[] a = null; int n = a.Length; });
        T("null array element", () => { int[] a = null; a[0] = 1; });
        T("unbox null", () => { object o = null; int i = (int)o; });
        T("throw null", () => { throw null; });
        T("null string method", () => { string s = null; s.Trim(); });
        T("index past end", () => { int[] a = new int[2]; a[Zero() + 2] = 0; });
        T("string index", () => { char c = "ab"[Zero() + 5]; });
        T("int divide", () => { int x = 1 / Zero(); });
        T("long remainder", () => { long x = 1L % Zero(); });
        T("int.MinValue / -1", () => { int x = int.MinValue / (Zero() - 1); });
        T("checked add", () => { int x = checked(int.MaxValue + (Zero() + 1)); });
        T("checked conversion", () => { long l = long.MaxValue - Zero(); int x = checked((int)l); });
        T("negative array size", () => { int[] a = new int[Zero() - 1]; });
        T("invalid cast", () => { object o = "s"; int[] a = (int[])o; });
        T("invalid unbox", () => { object o = 1; long l = (long)o; });
        T("array type mismatch", () => { object[] a = new string[1]; a[0] = 1; });
        T("decimal overflow", () => { decimal d = decimal.MaxValue; d = d + Zero() + 1; });
        T("decimal divide by zero", () => { decimal d = 1m / Zero(); });
        T("float divide by zero (no exception)", () => { double d = 1.0 / Zero(); if (!double.IsInfinity(d)) throw new Exception(); });
        Console.WriteLine("DivideByZero is ArithmeticException: " + (new DivideByZeroException() is ArithmeticException) + ", Overflow too: " + (new OverflowException() is ArithmeticException) + ", NullReference is SystemException: " + (new NullReferenceException() is SystemException));
        try { int x = 1 / Zero(); } catch (ArithmeticException e) { Console.WriteLine("caught as ArithmeticException: " + e.GetType().Name); }
        try { object o = "x"; int i = (int)o; } catch (SystemException e) { Console.WriteLine("caught as SystemException: " + e.GetType().Name); }
    }
}
