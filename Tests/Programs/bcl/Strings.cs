// System.String and StringBuilder on Mono's BCL: searching, slicing, case, comparison, split and
// join, formatting of integers, building strings.
using System;
using System.Text;
class Strings {
    static void Main() {
        string s = "The quick brown fox";
        Console.WriteLine(s.Length);
        Console.WriteLine(s.IndexOf("quick"));
        Console.WriteLine(s.Substring(4, 5));
        Console.WriteLine(s.ToUpperInvariant());
        Console.WriteLine(s.Replace("quick", "slow"));
        Console.WriteLine(s.StartsWith("The") + " " + s.EndsWith("dog") + " " + s.Contains("brown"));
        string[] words = s.Split(' ');
        Console.WriteLine(words.Length + " " + words[3]);
        Console.WriteLine(string.Join("-", words));
        Console.WriteLine(string.Concat("a", "b", "c"));
        Console.WriteLine("abc" == "ab" + "c");
        Console.WriteLine(string.Compare("apple", "banana") < 0);
        Console.WriteLine("  padded ".Trim() + "|");
        var sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.Append(i).Append(',');
        sb.Append("end");
        Console.WriteLine(sb.ToString());
        Console.WriteLine(12345.ToString() + " " + (-7).ToString() + " " + 255.ToString("X"));
        Console.WriteLine(int.Parse("-123") + 1);
        char[] chars = s.ToCharArray();
        Array.Reverse(chars);
        Console.WriteLine(new string(chars));
    }
}
