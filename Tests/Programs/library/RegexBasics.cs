// System.Text.RegularExpressions: IsMatch, Match/Groups/named groups, Matches, Replace (string and evaluator), Split, options (IgnoreCase, Multiline), Escape, lookahead, backreferences.
using System;
using System.Linq;
using System.Text.RegularExpressions;
class RegexBasics {
    static void Main() {
        Console.WriteLine(Regex.IsMatch("hello123", @"\d+") + " " + Regex.IsMatch("hello", @"^\d+$") + " " + Regex.IsMatch("ABC", "abc", RegexOptions.IgnoreCase));
        var m = Regex.Match("Date: 2021-03-07, next 2022-12-25", @"(\d{4})-(\d{2})-(\d{2})");
        Console.WriteLine(m.Success + " " + m.Value + " " + m.Index + " " + m.Length + " " + m.Groups[1].Value + "/" + m.Groups[2].Value + "/" + m.Groups[3].Value);
        m = m.NextMatch();
        Console.WriteLine(m.Value + " " + m.Groups.Count);
        Console.WriteLine(m.NextMatch().Success);
        var named = Regex.Match("John Smith <john@example.com>", @"(?<first>\w+)\s+(?<last>\w+)\s+<(?<email>[^>]+)>");
        Console.WriteLine(named.Groups["first"].Value + "|" + named.Groups["last"].Value + "|" + named.Groups["email"].Value);
        var all = Regex.Matches("a1 b22 c333 d", @"[a-z](\d*)");
        Console.WriteLine(all.Count + " " + string.Join(",", all.Cast<Match>().Select(x => x.Value + ":" + x.Groups[1].Length)));
        Console.WriteLine(Regex.Replace("the  quick   brown", @"\s+", " "));
        Console.WriteLine(Regex.Replace("2021-03-07", @"(\d+)-(\d+)-(\d+)", "$3/$2/$1"));
        Console.WriteLine(Regex.Replace("John Smith", @"(?<f>\w+) (?<l>\w+)", "${l}, ${f}"));
        Console.WriteLine(Regex.Replace("price 10 and 25", @"\d+", x => (int.Parse(x.Value) * 2).ToString()));
        Console.WriteLine(Regex.Replace("aaa", "a", "b", RegexOptions.None) + " " + new Regex("a").Replace("aaaa", "c", 2));
        Console.WriteLine(string.Join("|", Regex.Split("one, two;three  four", @"[,;\s]+")));
        Console.WriteLine(string.Join("|", Regex.Split("a1b2c3", @"(\d)")));
        Console.WriteLine(Regex.Escape("a.b*c(d)[e]") + " " + Regex.Unescape(@"a\.b\tc"));
        var ml = Regex.Matches("line one\nline two\nother", "^line (\\w+)$", RegexOptions.Multiline);
        Console.WriteLine(string.Join(",", ml.Cast<Match>().Select(x => x.Groups[1].Value)));
        Console.WriteLine(Regex.IsMatch("password1", @"^(?=.*\d)(?=.*[a-z]).{8,}$") + " " + Regex.IsMatch("short1", @"^(?=.*\d)(?=.*[a-z]).{8,}$"));
        Console.WriteLine(Regex.Match("abcabc xyzxyz", @"(\w+)\1").Value + " " + Regex.Match("hello world", @"\b(\w)(\w*)\b").Groups[2].Value);
        Console.WriteLine(Regex.Match("<b>bold</b><i>it</i>", "<.+?>").Value + " " + Regex.Match("<b>bold</b><i>it</i>", "<.+>").Value);
        var emailRx = new Regex(@"^[\w.+-]+@[\w-]+\.[\w.]+$", RegexOptions.Compiled);
        foreach (var e in new[] { "a@b.com", "bad@", "x.y+z@host.co.uk", "@no.com" }) Console.Write(e + "=" + emailRx.IsMatch(e) + " ");
        Console.WriteLine();
        Console.WriteLine(Regex.Match("aAbB", "[A-Z]+").Value + " " + Regex.Match("test", "(?i)TEST").Success + " " + Regex.Match("x", "y").Value.Length);
        var rx = new Regex(@"(\w+)=(\d+)");
        foreach (Match kv in rx.Matches("a=1, bb=22, ccc=333")) Console.Write(kv.Groups[1].Value + "->" + kv.Groups[2].Value + " ");
        Console.WriteLine();
        Console.WriteLine(rx.ToString() + " " + rx.Options + " " + string.Join(",", rx.GetGroupNumbers()));
        Console.WriteLine(Regex.Replace("CamelCaseString", "(?<!^)([A-Z])", "_$1").ToLower());
        Console.WriteLine(Regex.Matches("aaaa", "aa").Count + " " + Regex.Matches("banana", "(?=ana)").Count);
        var g = Regex.Match("ab12", @"(?<letters>[a-z]+)(?<digits>\d+)?").Groups;
        Console.WriteLine(g["digits"].Success + " " + g["digits"].Captures.Count + " " + g[0].Value);
        Console.WriteLine(Regex.Match("123abc", @"^\d{2,3}").Value + " " + Regex.IsMatch("", "^$") + " " + Regex.Match("tab\there", @"\t").Index);
        try { new Regex("(unclosed"); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
    }
}
