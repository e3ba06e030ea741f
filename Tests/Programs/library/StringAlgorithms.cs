// Realistic: run-length encoding/decoding, Roman numeral conversion both ways, Caesar cipher, palindromes, anagram groups, Levenshtein distance, word wrap, all with round-trip checks.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
class StringAlgorithms {
    static string RleEncode(string s) { var sb = new StringBuilder(); for (int i = 0; i < s.Length;) { int j = i; while (j < s.Length && s[j] == s[i]) j++; sb.Append(j - i).Append(s[i]); i = j; } return sb.ToString(); }
    static string RleDecode(string s) { var sb = new StringBuilder(); int n = 0; foreach (char c in s) { if (char.IsDigit(c)) n = n * 10 + (c - '0'); else { sb.Append(c, n); n = 0; } } return sb.ToString(); }
    static readonly int[] vals = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
    static readonly string[] syms = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
    static string ToRoman(int n) { if (n <= 0 || n >= 4000) throw new ArgumentOutOfRangeException("n", n, "roman numerals cover 1..3999"); var sb = new StringBuilder(); for (int i = 0; i < vals.Length; i++) while (n >= vals[i]) { sb.Append(syms[i]); n -= vals[i]; } return sb.ToString(); }
    static int FromRoman(string s) { var map = new Dictionary<char, int> { { 'I', 1 }, { 'V', 5 }, { 'X', 10 }, { 'L', 50 }, { 'C', 100 }, { 'D', 500 }, { 'M', 1000 } }; int total = 0; for (int i = 0; i < s.Length; i++) { int v = map[s[i]]; if (i + 1 < s.Length && map[s[i + 1]] > v) total -= v; else total += v; } return total; }
    static string Caesar(string s, int k) { return new string(s.Select(c => char.IsUpper(c) ? (char)('A' + (c - 'A' + k + 26) % 26) : char.IsLower(c) ? (char)('a' + (c - 'a' + k + 26) % 26) : c).ToArray()); }
    static bool IsPalindrome(string s) { var t = new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()); return t.SequenceEqual(t.Reverse()); }
    static int Levenshtein(string a, string b) {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i; for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++) for (int j = 1; j <= b.Length; j++) d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
    static List<string> Wrap(string text, int width) {
        var lines = new List<string>(); var cur = new StringBuilder();
        foreach (var w in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) { if (cur.Length > 0 && cur.Length + 1 + w.Length > width) { lines.Add(cur.ToString()); cur.Clear(); } if (cur.Length > 0) cur.Append(' '); cur.Append(w); }
        if (cur.Length > 0) lines.Add(cur.ToString());
        return lines;
    }
    static void Main() {
        foreach (var s in new[] { "AAAABBBCCDAA", "abc", "", "zzzzzzzzzzzzzzz", "aabbaa" }) { var e = RleEncode(s); Console.WriteLine("'" + s + "' -> " + e + " -> '" + RleDecode(e) + "' ok=" + (RleDecode(e) == s)); }
        foreach (var n in new[] { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 }) Console.WriteLine(n + " = " + ToRoman(n) + " = " + FromRoman(ToRoman(n)));
        Console.WriteLine("round trip 1..3999: " + Enumerable.Range(1, 3999).All(n => FromRoman(ToRoman(n)) == n));
        try { ToRoman(0); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
        var secret = Caesar("Hello, World! xyz", 3);
        Console.WriteLine(secret + " | " + Caesar(secret, -3));
        foreach (var p in new[] { "A man, a plan, a canal: Panama", "racecar", "hello", "No 'x' in Nixon", "" }) Console.WriteLine("palindrome '" + p + "': " + IsPalindrome(p));
        var words = "listen silent enlist google gooegl cat act tac dog".Split(' ');
        foreach (var g in words.GroupBy(w => new string(w.OrderBy(c => c).ToArray())).Where(g => g.Count() > 1).OrderBy(g => g.Key)) Console.WriteLine("anagrams: " + string.Join(",", g));
        foreach (var pr in new[] { Tuple.Create("kitten", "sitting"), Tuple.Create("flaw", "lawn"), Tuple.Create("", "abc"), Tuple.Create("same", "same") }) Console.WriteLine("lev(" + pr.Item1 + "," + pr.Item2 + ") = " + Levenshtein(pr.Item1, pr.Item2));
        var text = "The quick brown fox jumps over the lazy dog and keeps running through the forest until nightfall.";
        foreach (var l in Wrap(text, 24)) Console.WriteLine("|" + l.PadRight(24) + "|");
        var vowels = text.Count(c => "aeiouAEIOU".IndexOf(c) >= 0);
        Console.WriteLine("vowels " + vowels + " words " + text.Split(' ').Length + " longest " + text.Split(' ', '.').OrderByDescending(w => w.Length).First());
    }
}
