// Struct keys with IEquatable in dictionaries (constrained calls), static fields per generic
// instantiation, generic methods with constraints, string switches, List predicates, finally in
// loops, boxed struct virtual calls, composite formatting with alignment.
using System;
using System.Collections.Generic;
using System.Text;
struct Key : IEquatable<Key> { public int A; public string B; public bool Equals(Key o) => A == o.A && B == o.B; public override int GetHashCode() => A * 31 + (B == null ? 0 : B.Length); public override bool Equals(object o) => o is Key && Equals((Key)o); }
static class Cache<T> { public static int Hits; public static List<T> Items = new List<T>(); }
class Node<T> { public T Value; public Node<T> Next; }
class Generics {
    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
    static string Kind(object o) { if (o is int) return "int " + (int)o; if (o is string) return "string " + (string)o; return "other"; }
    static string Word(string s) { switch (s) { case "one": return "1"; case "two": return "2"; case "three": return "3"; case "four": return "4"; case "five": return "5"; case "six": return "6"; case "seven": return "7"; default: return "?"; } }
    static void Main() {
        var d = new Dictionary<Key, int>();
        d[new Key { A = 1, B = "x" }] = 10; d[new Key { A = 1, B = "x" }] += 5; d[new Key { A = 2, B = "y" }] = 1;
        Console.WriteLine(d.Count + " " + d[new Key { A = 1, B = "x" }]);
        Cache<int>.Hits++; Cache<string>.Hits += 2; Cache<int>.Items.Add(3);
        Console.WriteLine(Cache<int>.Hits + " " + Cache<string>.Hits + " " + Cache<int>.Items.Count + " " + Cache<string>.Items.Count);
        Node<string> list = null; foreach (var w in "a,b,,c".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)) list = new Node<string> { Value = w, Next = list };
        var sb = new StringBuilder(); for (var n = list; n != null; n = n.Next) sb.Insert(0, n.Value); sb.Remove(0, 1); Console.WriteLine(sb);
        Console.WriteLine(Max(3, 7) + " " + Max("pear", "apple") + " " + Max(2.5, -1.0));
        Console.WriteLine(Kind(5) + "; " + Kind("s") + "; " + Kind(2.0));
        Console.WriteLine(Word("three") + Word("seven") + Word("zero"));
        var nums = new List<int> { 4, 8, 15, 16, 23, 42 };
        Console.WriteLine(nums.Find(x => x > 10) + " " + nums.FindIndex(x => x == 16) + " " + nums.Exists(x => x < 0) + " " + nums.TrueForAll(x => x > 0));
        nums.RemoveAll(x => x % 2 == 1); Console.WriteLine(string.Join(",", nums));
        Console.WriteLine(char.IsDigit('7') + " " + char.ToUpper('q') + " " + char.IsWhiteSpace(' ') + " " + "Hello".ToLower());
        int total = 0; for (int i = 0; i < 5; i++) { try { if (i == 3) continue; total += i; } finally { total += 100; } } Console.WriteLine(total);
        object o = new Key { A = 5 }; Console.WriteLine(o.GetHashCode() + " " + o.Equals(new Key { A = 5 }) + " " + o.ToString());
        Console.WriteLine(string.Format("{0,8:F2}|{1:X4}|{2:P0}", 3.14159, 255, 0.5));
    }
}
