// Console.In.ReadToEnd of all stdin at once, then line/char statistics, reversed lines, and a CSV-like parse of the input.
using System;
using System.Linq;
class ConsoleReadAll {
    static void Main() {
        string all = Console.In.ReadToEnd();
        Console.WriteLine("chars " + all.Length);
        var lines = all.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine("lines " + lines.Length);
        foreach (var l in lines.Reverse()) Console.WriteLine("< " + l);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var r in rows.OrderBy(r => int.Parse(r[1]))) Console.WriteLine(r[0].PadRight(8) + r[1].PadLeft(4) + " " + r[2].Trim());
        Console.WriteLine("total " + rows.Sum(r => int.Parse(r[1])));
        Console.WriteLine("oldest " + rows.OrderByDescending(r => int.Parse(r[1])).First()[0]);
    }
}
