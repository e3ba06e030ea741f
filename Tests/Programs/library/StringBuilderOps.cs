// StringBuilder: Append overloads, AppendLine, AppendFormat, Insert, Remove, Replace, indexer, Length, Capacity, Clear, chaining.
using System;
using System.Text;
class StringBuilderOps {
    static void Main() {
        var sb = new StringBuilder();
        sb.Append("abc").Append(1).Append(' ').Append(2.5).Append(true).Append('x', 3).Append((object)null).Append(7L);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        sb.Clear();
        Console.WriteLine("[" + sb + "] " + sb.Length);
        sb.Append("Hello World");
        sb.Insert(0, ">> ");
        Console.WriteLine(sb);
        sb.Insert(sb.Length, " <<");
        Console.WriteLine(sb);
        sb.Insert(3, 42);
        Console.WriteLine(sb);
        sb.Remove(3, 2);
        Console.WriteLine(sb);
        sb.Replace("World", "There");
        Console.WriteLine(sb);
        sb.Replace('l', 'L');
        Console.WriteLine(sb);
        sb.Replace("L", "", 0, 6);
        Console.WriteLine(sb);
        sb[0] = '<'; sb[1] = '<';
        Console.WriteLine(sb + " first=" + sb[0] + " last=" + sb[sb.Length - 1]);
        sb.Length = 5;
        Console.WriteLine("[" + sb + "]");
        sb.Length = 8;
        Console.WriteLine("[" + sb.ToString().Replace('\0', '0') + "]");
        var sb2 = new StringBuilder("start", 100);
        Console.WriteLine(sb2.Capacity >= 100);
        sb2.AppendLine();
        sb2.AppendLine("line2");
        sb2.AppendFormat("{0}+{1}={2}", 2, 3, 5);
        sb2.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, " [{0:F2}]", 1.0 / 3);
        Console.WriteLine(sb2.ToString().Replace(Environment.NewLine, "|"));
        Console.WriteLine(sb2.ToString(0, 5));
        var big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.Append(i % 10);
        Console.WriteLine(big.Length + " " + big.ToString(995, 5));
        var chars = new char[] { 'w', 'x', 'y', 'z' };
        var sb3 = new StringBuilder().Append(chars).Append(chars, 1, 2).Append("0123456789", 3, 4);
        Console.WriteLine(sb3);
        var dst = new char[4];
        sb3.CopyTo(2, dst, 0, 4);
        Console.WriteLine(new string(dst));
        Console.WriteLine(new StringBuilder("abc").Equals(new StringBuilder("abc")));
        var rev = new StringBuilder("stressed");
        for (int i = 0, j = rev.Length - 1; i < j; i++, j--) { char t = rev[i]; rev[i] = rev[j]; rev[j] = t; }
        Console.WriteLine(rev);
        var joined = new StringBuilder();
        foreach (var w in new[] { "a", "b", "c" }) { if (joined.Length > 0) joined.Append(", "); joined.Append(w); }
        Console.WriteLine(joined);
        Console.WriteLine(new StringBuilder().Append(1u).Append(2.5f).Append(3.25m).Append((short)4).Append((byte)5).Append((sbyte)-6).Append(ulong.MaxValue));
        Console.WriteLine(new StringBuilder("aaa").Replace("a", "bb").Replace("bb", "c", 2, 2));
        try { new StringBuilder("abc").Remove(2, 5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine(new StringBuilder().AppendJoin(":", 1, 2, 3).ToString());
    }
}
