// String comparison: Compare/CompareOrdinal, StringComparison modes, StringComparer, sorting strings, StartsWith/EndsWith/IndexOf with comparison.
using System;
using System.Collections.Generic;
using System.Globalization;
class StringComparisons {
    static void Main() {
        Console.WriteLine(string.Compare("apple", "banana"));
        Console.WriteLine(string.Compare("b", "a"));
        Console.WriteLine(string.Compare("abc", "abc"));
        Console.WriteLine(string.Compare("abc", "ABC", StringComparison.Ordinal) > 0);
        Console.WriteLine(string.Compare("abc", "ABC", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.Compare("abc", "ABC", true));
        Console.WriteLine(string.Compare("abc", "ABC", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine(Math.Sign(string.CompareOrdinal("a", "B")));
        Console.WriteLine(Math.Sign(string.Compare("a", "B", StringComparison.InvariantCulture)));
        Console.WriteLine(string.Compare("hello world", 6, "world", 0, 5));
        Console.WriteLine(string.Compare(null, "a") + " " + string.Compare("a", null) + " " + string.Compare(null, null));
        Console.WriteLine("Hello".StartsWith("he", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Hello".StartsWith("he", StringComparison.Ordinal));
        Console.WriteLine("Hello".StartsWith("He"));
        Console.WriteLine("Hello".EndsWith("LO", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Hello".EndsWith("LO", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine("Hello World".IndexOf("WORLD", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Hello World".IndexOf("WORLD", StringComparison.Ordinal));
        Console.WriteLine("Hello World".IndexOf("o", StringComparison.CurrentCulture));
        Console.WriteLine("Hello World".LastIndexOf("O", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.Equals("ß", "SS", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(StringComparer.Ordinal.Compare("a", "b") < 0);
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.Equals("XyZ", "xYz"));
        Console.WriteLine(StringComparer.InvariantCultureIgnoreCase.Compare("Q", "q"));
        var list = new List<string> { "banana", "Apple", "cherry", "apple", "Banana", "_x", "10", "9" };
        list.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", list));
        list.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(",", list));
        list.Sort(StringComparer.InvariantCulture);
        Console.WriteLine(string.Join(",", list));
        list.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        Console.WriteLine(string.Join(",", list));
        var dict = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        dict["Key"] = 1; dict["KEY"] = 2; dict["other"] = 3;
        Console.WriteLine(dict.Count + " " + dict["key"] + " " + dict.ContainsKey("OTHER"));
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "A", "b" };
        Console.WriteLine(set.Count);
        Console.WriteLine("abc".CompareTo("abd") + " " + "abc".CompareTo("ab"));
        Console.WriteLine(string.Compare("a-b", "ab", StringComparison.Ordinal) < 0);
        Console.WriteLine(CultureInfo.InvariantCulture.CompareInfo.IndexOf("Straße", "SS", CompareOptions.IgnoreCase));
        Console.WriteLine(CultureInfo.InvariantCulture.CompareInfo.IsPrefix("Prefix", "pre", CompareOptions.IgnoreCase));
        Console.WriteLine("Ab".Equals("aB", StringComparison.CurrentCultureIgnoreCase));
        Console.WriteLine(string.Compare("résumé", "resume", CultureInfo.InvariantCulture, CompareOptions.IgnoreNonSpace));
        Console.WriteLine("A".ToLowerInvariant() + "b".ToUpperInvariant() + "İ".ToLowerInvariant().Length);
    }
}
