// Strings, StringBuilder and Dictionary: build a text, split it into words, count them.
using System;
using System.Collections.Generic;
using System.Text;
static class WordCount {
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 900000;
        string[] vocabulary = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu" };
        var text = new StringBuilder();
        uint seed = 12345;
        for (int i = 0; i < n; i++) {
            seed = seed * 1103515245 + 12345;
            text.Append(vocabulary[(seed >> 16) % vocabulary.Length]);
            if ((seed >> 8) % 7 == 0) text.Append(i % 100);
            text.Append(i % 17 == 0 ? ".\n" : " ");
        }
        var counts = new Dictionary<string, int>();
        foreach (string line in text.ToString().Split('\n'))
            foreach (string raw in line.Split(' ')) {
                string word = raw.Trim('.').ToUpperInvariant();
                if (word.Length == 0) continue;
                counts.TryGetValue(word, out int c);
                counts[word] = c + 1;
            }
        var keys = new List<string>(counts.Keys);
        keys.Sort(string.CompareOrdinal);
        long checksum = 0;
        foreach (string key in keys) checksum = checksum * 31 + counts[key] + key.Length;
        Console.WriteLine("checksum " + counts.Count + " " + checksum);
        return 0;
    }
}
