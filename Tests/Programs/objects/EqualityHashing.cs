// Equals/GetHashCode contracts used by collections: a class overriding both works as a Dictionary
// key and in HashSet (deduplication), a class overriding neither uses reference identity, a struct
// with default ValueType.Equals (field-wise), a struct overriding Equals, IEquatable<T> used by
// List.Contains/IndexOf, a custom IEqualityComparer, and string keys compared ordinally.
using System;
using System.Collections.Generic;
class Key { public int A; public string B; public override bool Equals(object o) { Key k = o as Key; return k != null && k.A == A && k.B == B; } public override int GetHashCode() { return A * 31 + (B == null ? 0 : B.Length); } }
class Plain { public int A; }
struct SKey { public int A; public long B; }
struct EqKey : IEquatable<EqKey> { public int A; public bool Equals(EqKey o) { return A % 10 == o.A % 10; } public override bool Equals(object o) { return o is EqKey && Equals((EqKey)o); } public override int GetHashCode() { return A % 10; } }
class Mod3 : IEqualityComparer<int> { public bool Equals(int a, int b) { return a % 3 == b % 3; } public int GetHashCode(int x) { return x % 3; } }
class EqualityHashing {
    static void Main() {
        var d = new Dictionary<Key, string>(); d[new Key { A = 1, B = "x" }] = "first"; d[new Key { A = 1, B = "x" }] = "second";
        Console.WriteLine("overriding class as key: count " + d.Count + ", value " + d[new Key { A = 1, B = "x" }] + ", other key: " + d.ContainsKey(new Key { A = 1, B = "y" }));
        var hs = new HashSet<Plain>(); Plain p = new Plain(); hs.Add(p); hs.Add(p); hs.Add(new Plain()); Console.WriteLine("reference identity: " + hs.Count + " " + hs.Contains(p) + " " + hs.Contains(new Plain()));
        var sd = new Dictionary<SKey, int>(); sd[new SKey { A = 1, B = 2 }] = 5; sd[new SKey { A = 1, B = 2 }] += 1;
        Console.WriteLine("struct default equality: " + sd.Count + " " + sd[new SKey { A = 1, B = 2 }] + " " + new SKey { A = 1 }.Equals(new SKey { A = 1 }) + " " + new SKey { A = 1 }.Equals(new SKey { B = 1 }));
        var list = new List<EqKey> { new EqKey { A = 3 }, new EqKey { A = 15 } }; Console.WriteLine("IEquatable in List: " + list.Contains(new EqKey { A = 13 }) + " " + list.IndexOf(new EqKey { A = 5 }) + " " + list.IndexOf(new EqKey { A = 7 }));
        var hs2 = new HashSet<EqKey> { new EqKey { A = 1 }, new EqKey { A = 11 }, new EqKey { A = 2 } }; Console.WriteLine("HashSet<IEquatable struct>: " + hs2.Count);
        var m3 = new HashSet<int>(new Mod3()); for (int i = 0; i < 10; i++) m3.Add(i); Console.WriteLine("custom comparer: " + m3.Count);
        var sk = new Dictionary<string, int>(); sk["a"] = 1; sk["A"] = 2; sk[new string('a', 1)] = 3; Console.WriteLine("string keys: " + sk.Count + " " + sk["a"]);
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); ci["Key"] = 1; ci["KEY"] = 2; Console.WriteLine("ignore-case keys: " + ci.Count + " " + ci["key"]);
        object o1 = new Key { A = 2, B = "z" }, o2 = new Key { A = 2, B = "z" }; Console.WriteLine("object.Equals(a, b): " + object.Equals(o1, o2) + " " + object.Equals(null, null) + " " + object.Equals(o1, null) + ", ==: " + (o1 == o2));
        var dl = new Dictionary<long, string> { { 1L << 40, "big" }, { -1, "neg" } }; Console.WriteLine("long keys: " + dl[1L << 40] + " " + dl[-1]);
        var ed = new Dictionary<DayOfWeek, int> { { DayOfWeek.Monday, 1 } }; ed[DayOfWeek.Monday]++; Console.WriteLine("enum keys: " + ed[DayOfWeek.Monday] + " " + ed.ContainsKey(DayOfWeek.Sunday));
    }
}
