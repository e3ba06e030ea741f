// String methods: Split, Join, Substring, IndexOf family, Replace, Trim, Pad, case, Contains, Insert, Remove, ToCharArray, Format.
using System;
using System.Linq;
class StringMethods {
    static void Main() {
        string s = "  The quick brown fox jumps over the lazy dog  ";
        string t = s.Trim();
        Console.WriteLine("[" + t + "]");
        Console.WriteLine("[" + s.TrimStart() + "]");
        Console.WriteLine("[" + s.TrimEnd() + "]");
        Console.WriteLine("[" + "xxhixx".Trim('x') + "] [" + "--a--".TrimStart('-') + "] [" + "a.,;".TrimEnd('.', ',', ';') + "]");
        Console.WriteLine(t.Length);
        Console.WriteLine(t.Substring(4) + "|" + t.Substring(4, 5));
        Console.WriteLine(t.IndexOf('o') + " " + t.IndexOf("the") + " " + t.IndexOf("The") + " " + t.IndexOf('o', 20) + " " + t.IndexOf("cat"));
        Console.WriteLine(t.LastIndexOf('o') + " " + t.LastIndexOf("the") + " " + t.IndexOfAny(new[] { 'q', 'z' }) + " " + t.LastIndexOfAny(new[] { 'q', 'z' }));
        Console.WriteLine(t.Contains("fox") + " " + t.Contains("Fox") + " " + t.StartsWith("The") + " " + t.EndsWith("dog") + " " + t.EndsWith("cat"));
        Console.WriteLine(t.Replace("the", "a") + "|" + t.Replace('o', '0'));
        Console.WriteLine(t.ToUpper() + "|" + t.ToLower());
        Console.WriteLine(t.ToUpperInvariant() == t.ToUpper());
        string[] words = t.Split(' ');
        Console.WriteLine(words.Length + " " + words[3]);
        Console.WriteLine(string.Join("|", "a,b,,c".Split(',')));
        Console.WriteLine(string.Join("|", "a,b,,c".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", "a,b;c d".Split(',', ';', ' ')));
        Console.WriteLine(string.Join("|", "a--b--c".Split(new[] { "--" }, StringSplitOptions.None)));
        Console.WriteLine(string.Join("|", "a,b,c,d".Split(new[] { ',' }, 2)));
        Console.WriteLine(string.Join(", ", new[] { 1, 2, 3 }.Select(x => x * x)));
        Console.WriteLine(string.Join("-", new object[] { 1, "two", 3.5, null, 'c' }));
        Console.WriteLine(string.Join("/", new[] { "x", "y", "z" }, 1, 2));
        Console.WriteLine("abc".Insert(1, "XYZ") + " " + "abcdef".Remove(2) + " " + "abcdef".Remove(1, 3));
        Console.WriteLine(new string('=', 10) + " " + new string(new[] { 'h', 'i' }) + " " + new string(new[] { 'a', 'b', 'c', 'd' }, 1, 2));
        char[] arr = "hello".ToCharArray();
        Array.Reverse(arr);
        Console.WriteLine(new string(arr));
        Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrWhiteSpace("  \t") + " " + string.IsNullOrWhiteSpace(" a "));
        Console.WriteLine("abc".Equals("ABC") + " " + "abc".Equals("ABC", StringComparison.OrdinalIgnoreCase) + " " + string.Equals("a", "a"));
        Console.WriteLine(string.Empty.Length + " " + "".Equals(string.Empty));
        Console.WriteLine("hello"[1] + " " + "hello".IndexOf("l", 3) + " " + "hello".IndexOf("") + " " + "aaaa".LastIndexOf("aa"));
        Console.WriteLine("a\tb\nc".Length + " " + "tab\\t".Length);
        Console.WriteLine(string.Concat("a", "b", "c", "d") + " " + string.Concat(1, 2) + " " + string.Concat(new[] { "x", "y" }) + " " + string.Concat(new object[] { 1, null, "z" }));
        Console.WriteLine(string.Concat(Enumerable.Range(0, 5)));
        Console.WriteLine("Mississippi".Replace("ss", "SS").Replace("i", "") + " " + "Mississippi".Split('s').Length);
        Console.WriteLine("line1\r\nline2\nline3".Split(new[] { "\r\n", "\n" }, StringSplitOptions.None).Length);
        Console.WriteLine("ABC".CompareTo("ABD") + " " + "b".CompareTo("a") + " " + "a".CompareTo(null));
        Console.WriteLine(string.Format("{0}{1}", "x".PadLeft(3, '.'), "y".PadRight(3, '.')));
        foreach (char c in "héllo") Console.Write((int)c + " ");
        Console.WriteLine();
        Console.WriteLine("x".Length + "abc".GetType().Name + " " + typeof(string).FullName);
        Console.WriteLine(string.Join(",", "one two  three".Split((char[])null, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine("abcabc".IndexOf("c", 3, 3) + " " + "abcabc".LastIndexOf('a', 2) + " " + "abcabc".Count(c => c == 'b'));
        string copy = string.Copy("orig");
        Console.WriteLine(copy + " " + ReferenceEquals(copy, "orig"));
        Console.WriteLine(ReferenceEquals(string.Intern(copy), "orig") + " " + string.IsInterned("orig"));
        Console.WriteLine("cafe\u0301".Normalize().Length + " " + "caf\u00e9".Normalize(System.Text.NormalizationForm.FormD).Length);
    }
}
