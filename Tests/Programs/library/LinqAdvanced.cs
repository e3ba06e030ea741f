// LINQ grouping and joining: GroupBy (with element/result selectors), Join, GroupJoin, Zip, Distinct, Union/Intersect/Except, ToDictionary, ToLookup, SelectMany, Aggregate with seed.
using System;
using System.Collections.Generic;
using System.Linq;
class LinqAdvanced {
    class Emp { public string Name; public string Dept; public int Salary; }
    static void Main() {
        var emps = new List<Emp> {
            new Emp { Name = "ann", Dept = "eng", Salary = 120 }, new Emp { Name = "bob", Dept = "ops", Salary = 90 },
            new Emp { Name = "cat", Dept = "eng", Salary = 100 }, new Emp { Name = "dan", Dept = "hr", Salary = 70 },
            new Emp { Name = "eve", Dept = "ops", Salary = 95 }, new Emp { Name = "fox", Dept = "eng", Salary = 130 } };
        foreach (var g in emps.GroupBy(e => e.Dept)) Console.WriteLine(g.Key + ": " + string.Join(",", g.Select(e => e.Name)) + " total=" + g.Sum(e => e.Salary));
        foreach (var g in emps.GroupBy(e => e.Dept, e => e.Salary)) Console.WriteLine(g.Key + " max " + g.Max() + " count " + g.Count());
        foreach (var s in emps.GroupBy(e => e.Salary / 50, (k, es) => k + "=>" + es.Count())) Console.WriteLine(s);
        var q = from e in emps group e by e.Dept into g orderby g.Count() descending, g.Key select new { Dept = g.Key, N = g.Count(), Avg = g.Average(x => x.Salary) };
        foreach (var x in q) Console.WriteLine(x.Dept + " " + x.N + " " + x.Avg);
        Console.WriteLine(q.First());
        var depts = new[] { new { Code = "eng", Title = "Engineering" }, new { Code = "ops", Title = "Operations" }, new { Code = "fin", Title = "Finance" } };
        foreach (var j in emps.Join(depts, e => e.Dept, d => d.Code, (e, d) => e.Name + "/" + d.Title)) Console.Write(j + " ");
        Console.WriteLine();
        foreach (var gj in depts.GroupJoin(emps, d => d.Code, e => e.Dept, (d, es) => d.Title + ":" + es.Count())) Console.Write(gj + " ");
        Console.WriteLine();
        var lj = from d in depts join e in emps on d.Code equals e.Dept into es from e2 in es.DefaultIfEmpty() select d.Code + "-" + (e2 == null ? "none" : e2.Name);
        Console.WriteLine(string.Join(" ", lj));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Zip(new[] { "a", "b", "c", "d" }, (n, s) => s + n)));
        Console.WriteLine(string.Join(",", new[] { 3, 1, 3, 2, 1 }.Distinct()));
        Console.WriteLine(string.Join(",", new[] { "a", "A", "b" }.Distinct(StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Union(new[] { 3, 4, 1 })) + " | " + string.Join(",", new[] { 1, 2, 3, 4 }.Intersect(new[] { 4, 2, 9 })) + " | " + string.Join(",", new[] { 1, 2, 3, 4 }.Except(new[] { 2 })));
        var dict = emps.ToDictionary(e => e.Name, e => e.Salary);
        Console.WriteLine(dict["eve"] + " " + dict.Count);
        try { emps.ToDictionary(e => e.Dept); } catch (ArgumentException) { Console.WriteLine("duplicate key"); }
        var look = emps.ToLookup(e => e.Dept, e => e.Name);
        Console.WriteLine(look["eng"].Count() + " " + string.Join(",", look["ops"]) + " " + look["nope"].Count() + " " + look.Contains("hr") + " " + look.Count);
        var sm = new[] { "a b", "c d e", "f" }.SelectMany(s => s.Split(' '));
        Console.WriteLine(string.Join(",", sm));
        var pairs = from x in Enumerable.Range(1, 3) from y in Enumerable.Range(1, x) select x + ":" + y;
        Console.WriteLine(string.Join(" ", pairs));
        Console.WriteLine(new[] { "x", "y" }.SelectMany((s, i) => Enumerable.Repeat(s, i + 1), (s, r) => r.ToUpper()).Aggregate("", (acc, s) => acc + s));
        Console.WriteLine(Enumerable.Range(1, 5).Aggregate(1, (acc, n) => acc * n));
        Console.WriteLine(Enumerable.Range(1, 5).Aggregate(0, (acc, n) => acc + n, acc => "sum=" + acc));
        var words = "the quick brown fox jumps over the lazy dog the end".Split(' ');
        var freq = words.GroupBy(w => w).Select(g => new { W = g.Key, C = g.Count() }).OrderByDescending(x => x.C).ThenBy(x => x.W).Take(3);
        foreach (var f in freq) Console.WriteLine(f.W + " " + f.C);
        var byLen = words.ToLookup(w => w.Length);
        foreach (var g in byLen.OrderBy(g => g.Key)) Console.WriteLine(g.Key + ": " + string.Join(",", g.Distinct()));
        var letq = from w in words let up = w.ToUpper() where up.Contains("O") select up;
        Console.WriteLine(string.Join(",", letq));
        var chunks = Enumerable.Range(0, 10).Select((v, i) => new { v, i }).GroupBy(x => x.i / 3, x => x.v).Select(g => "[" + string.Join(",", g) + "]");
        Console.WriteLine(string.Join("", chunks));
        Console.WriteLine(new { A = 1, B = "x" }.Equals(new { A = 1, B = "x" }) + " " + new { A = 1, B = "x" });
        var hs = Enumerable.Range(0, 10).ToHashSet();
        Console.WriteLine(hs.Count);
        var ordered = emps.OrderBy(e => e.Dept).ThenByDescending(e => e.Salary).Select(e => e.Name).ToArray();
        Console.WriteLine(string.Join(",", ordered));
        Console.WriteLine(emps.Max(e => e.Salary) + " " + emps.Where(e => e.Dept == "eng").Min(e => e.Salary));
    }
}
