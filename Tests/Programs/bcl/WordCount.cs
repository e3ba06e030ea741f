// Text processing: word counts with a dictionary, sorting by value with LINQ, StringBuilder output.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
class WordCount {
    static void Main() {
        string text = "the cat sat on the mat the end and the cat ran";
        var counts = new Dictionary<string, int>();
        foreach (var w in text.Split(' ')) counts[w] = counts.TryGetValue(w, out var c) ? c + 1 : 1;
        foreach (var kv in counts.OrderByDescending(k => k.Value).ThenBy(k => k.Key)) Console.WriteLine(kv.Key + " " + kv.Value);
        var sb = new StringBuilder();
        foreach (var w in counts.Keys.OrderBy(k => k.Length).ThenBy(k => k)) sb.Append(w[0]);
        Console.WriteLine(sb.ToString().ToUpperInvariant());
        Console.WriteLine(counts.Values.Max() + " " + counts.Values.Min() + " " + counts.Values.Average());
    }
}
