// Reading standard input: Console.ReadLine loop until null, parsing numbers from lines, Console.In.Peek/Read, word statistics, then ReadToEnd of remaining.
using System;
using System.Collections.Generic;
using System.Linq;
class ConsoleStdin {
    static void Main() {
        string header = Console.ReadLine();
        Console.WriteLine("header: " + header);
        int n = int.Parse(Console.ReadLine().Trim());
        Console.WriteLine("n = " + n);
        var nums = new List<int>();
        for (int i = 0; i < n; i++) nums.AddRange(Console.ReadLine().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(int.Parse));
        Console.WriteLine("sum " + nums.Sum() + " max " + nums.Max() + " count " + nums.Count);
        int c = Console.In.Peek();
        Console.WriteLine("peek " + (char)c);
        Console.WriteLine("read " + (char)Console.Read());
        Console.WriteLine("rest of line [" + Console.ReadLine() + "]");
        string rest = Console.In.ReadToEnd();
        var lines = rest.Split('\n');
        Console.WriteLine("remaining lines " + lines.Length);
        var words = rest.Split(new[] { ' ', '\n', '\t', '.', ',' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine("words " + words.Length);
        foreach (var g in words.GroupBy(w => w.ToLowerInvariant()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(4)) Console.WriteLine(g.Key + " " + g.Count());
        Console.WriteLine("after end: " + (Console.ReadLine() == null) + " " + Console.Read());
    }
}
