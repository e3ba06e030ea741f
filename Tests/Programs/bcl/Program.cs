// A typical small program: interfaces over structs and classes, properties, string interpolation
// and composite formatting, generic classes with constraints, dictionaries, type names, sorting.
using System;
using System.Collections.Generic;
using System.Text;
interface IShape { double Area { get; } string Name { get; } }
struct Circle : IShape { public double R; public double Area => Math.PI * R * R; public string Name => "circle"; }
class Rect : IShape { public double W, H; public double Area => W * H; public string Name => "rect"; public override string ToString() => $"Rect({W}x{H})"; }
class Box<T> where T : IComparable<T> { List<T> items = new List<T>(); public void Add(T t) => items.Add(t); public T Max() { T m = items[0]; foreach (var x in items) if (x.CompareTo(m) > 0) m = x; return m; } }
class Program {
    static void Main() {
        var shapes = new List<IShape> { new Circle { R = 1 }, new Rect { W = 2, H = 3 } };
        foreach (var s in shapes) Console.WriteLine($"{s.Name}: {s.Area:F3}");
        Console.WriteLine(new Rect { W = 1.5, H = 2 });
        var b = new Box<string>(); b.Add("pear"); b.Add("zebra"); b.Add("apple");
        Console.WriteLine(b.Max());
        var bi = new Box<int>(); bi.Add(3); bi.Add(9); bi.Add(4); Console.WriteLine(bi.Max());
        var d = new Dictionary<int, string>(); for (int i = 0; i < 5; i++) d[i * i] = "v" + i;
        foreach (var kv in d) Console.Write(kv.Key + "=" + kv.Value + ";");
        Console.WriteLine();
        var sb = new StringBuilder(); sb.AppendFormat("{0:D4}|{1,5}|{2,-5}|", 42, "ab", "cd"); Console.WriteLine(sb);
        Console.WriteLine(string.Join(", ", new List<double> { 1.5, 2.25, -0.125 }));
        Console.WriteLine(long.MaxValue.ToString("N0"));
        Console.WriteLine(DateTime.MinValue.Year);
        try { throw new ArgumentException("bad arg", "param"); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(typeof(List<int>).Name + " " + typeof(string).FullName);
        char[] cs = { 'c', 'a', 'b' }; Array.Sort(cs); Console.WriteLine(new string(cs));
        Console.WriteLine(int.MaxValue.CompareTo(0) + " " + "abc".GetHashCode() % 1 + " " + Convert.ToInt32("123") + " " + Convert.ToString(255, 2));
    }
}
