// Compiled by mcs at test time; DisassemblerTests compares `ilex dis` with monodis on it.
using System;
using System.Collections.Generic;

namespace Sample
{
    public struct Point { public int X, Y; public override string ToString() => X + "," + Y; }

    public class Box<T> where T : IComparable<T>
    {
        public class Slot { public T Value; }
        readonly List<T> items = new List<T>();
        public void Add(T item) { items.Add(item); }
        public T Max()
        {
            T best = items[0];
            foreach (var x in items) if (x.CompareTo(best) > 0) best = x;
            return best;
        }
        public static U Convert<U>(T value, Func<T, U> f) => f(value);
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class TagAttribute : Attribute
    {
        public TagAttribute(string name, Type kind, params int[] codes) { }
        public object Extra;
    }

    [Tag("program", typeof(List<int>), 1, 2, 3, Extra = AttributeTargets.Field)]
    public static class Program
    {
        [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
        static long total;
        const string Greeting = "hi \"there\"\n";

        static int Classify(int n)
        {
            switch (n) { case 0: return 10; case 1: return 11; case 2: return 12; case 5: return 15; }
            return n > 100 ? 1 : -1;
        }

        static double Mix(float f, double d, long l, byte b, sbyte s) => f * d + l - b + s + 1e300 * 0.0;

        static int Guarded(int[] a, int i)
        {
            try
            {
                try { return a[i] / (i - 3); }
                catch (DivideByZeroException) when (i > 0) { return -1; }
                finally { total++; }
            }
            catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); return -2; }
        }

        static IEnumerable<int> Evens(int n) { for (int i = 0; i < n; i += 2) yield return i; }

        public static int Main(string[] args)
        {
            var box = new Box<int>();
            box.Add(3); box.Add(9);
            Point p; p.X = 1; p.Y = 2;
            object o = p;
            Console.WriteLine(Greeting + box.Max() + o + Classify(args.Length) + Mix(1.5f, 2.5, 7L, 3, -4));
            foreach (int e in Evens(6)) total += e;
            checked { total += (long)Box<int>.Convert(5, x => x * 2.0); }
            unsafe { int v = 5; int* q = &v; *q += Guarded(new int[5], 3); total += v; }
            return (int)(total & 0x7F);
        }
    }
}
