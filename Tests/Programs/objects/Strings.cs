// Strings as objects: literals are interned (ReferenceEquals of equal literals, also across
// classes), concatenation results are new objects, string.Intern/IsInterned, == compares values
// while (object)== compares references, null concatenation, Concat of mixed types, immutability
// through methods, char indexing out of range, string.Empty, switch on computed strings, and
// comparison ordinal vs culture-free invariants.
using System;
using System.Text;
class Other { public const string Lit = "hello"; public static string Field = "hello"; }
class Strings {
    static string R(Func<object> f) { try { object o = f(); return o == null ? "null" : o.ToString(); } catch (Exception e) { return e.GetType().Name; } }
    static string Id(string s) { return s; }
    static void Main() {
        string a = "hello", b = "hello", c = Id("hel") + Id("lo");
        Console.WriteLine("literals same object: " + ReferenceEquals(a, b) + ", across classes: " + ReferenceEquals(a, Other.Field) + ", const: " + ReferenceEquals(a, Other.Lit));
        Console.WriteLine("concat equal value: " + (a == c) + ", same object: " + ReferenceEquals(a, c) + ", (object)==: " + ((object)a == (object)c));
        Console.WriteLine("Intern(concat) is literal: " + ReferenceEquals(string.Intern(c), a) + ", IsInterned(\"hello\"): " + (string.IsInterned(c) != null));
        string built = new StringBuilder().Append("zq").Append("xw").Append(123).ToString();
        Console.WriteLine("IsInterned of a never-seen string: " + (string.IsInterned(built) == null));
        Console.WriteLine("compile-time concat is interned: " + ReferenceEquals("hel" + "lo", a));
        string sn = null; Console.WriteLine("null concat: [" + sn + "] [" + (sn + sn) + "] " + (sn + 1) + " " + string.Concat(sn, "x", null));
        Console.WriteLine("Concat mixed: " + 1 + 2 + "3" + 4 + 5 + " " + (1 + 2) + "3" + 'c' + 2.5 + true + null + 'x');
        Console.WriteLine("char + int: " + ('a' + 1) + ", char + string: " + ('a' + "1") + ", (char)('a' + 1): " + (char)('a' + 1));
        Console.WriteLine("Empty: " + ReferenceEquals(string.Empty, "") + " " + ("".Length) + " " + (string.Empty == Id("")) + " " + string.IsNullOrEmpty(sn));
        Console.WriteLine("indexing: " + a[0] + a[4] + ", a[5]: " + R(() => a[Id("5").Length + 4]) + ", a[-1]: " + R(() => a[Id("").Length - 1]));
        Console.WriteLine("null.Length: " + R(() => sn.Length) + ", null == null: " + (sn == null) + ", Equals(null, null): " + string.Equals(sn, null));
        string up = a.ToUpperInvariant(); Console.WriteLine("immutable: " + a + " " + up + " " + a.Replace('l', 'L') + " " + a);
        Console.WriteLine("CompareOrdinal: " + Math.Sign(string.CompareOrdinal("a", "B")) + " " + Math.Sign(string.CompareOrdinal("abc", "abd")) + " " + Math.Sign(string.CompareOrdinal("ab", "abc")) + ", Equals ignore case: " + string.Equals("HeLLo", a, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Substring: " + a.Substring(1, 3) + ", bad: " + R(() => a.Substring(3, 5)) + ", IndexOf: " + a.IndexOf('l') + " " + a.LastIndexOf('l') + " " + a.IndexOf("lo") + " " + a.IndexOf('z'));
        Console.WriteLine("Split/Join: " + string.Join("|", "a,b,,c".Split(',')) + ", Trim: [" + "  x y  ".Trim() + "], PadLeft: [" + "7".PadLeft(3, '0') + "]");
        Console.WriteLine("Format: " + string.Format("{0}-{1,4}-{2:X}-{0}", 1, "ab", 255) + ", interpolation: " + $"{a.Length}:{a}");
        Console.WriteLine("surrogates: " + "\uD83D\uDE00".Length + ", char.IsSurrogate: " + char.IsSurrogate("\uD83D\uDE00"[0]) + ", embedded NUL length: " + "a\0b".Length);
        char[] chars = a.ToCharArray(); chars[0] = 'J'; Console.WriteLine("ToCharArray copy: " + new string(chars) + " " + a + ", new string('x', 3): " + new string('x', 3));
        string acc = ""; for (int i = 0; i < 100; i++) acc += (char)('a' + i % 26); Console.WriteLine("built by += : " + acc.Length + " " + acc.Substring(24, 4));
        Console.WriteLine("string switch on built string: " + Sw(Id("ab") + Id("c")) + Sw(Id("x")));
        Console.WriteLine("GetHashCode equal for equal strings: " + (a.GetHashCode() == c.GetHashCode()));
    }
    static string Sw(string s) { switch (s) { case "abc": return "ABC"; default: return "?"; } }
}
