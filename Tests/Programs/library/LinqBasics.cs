// LINQ to objects: Where, Select (with index), OrderBy/ThenBy/Descending, First/Last/Single(OrDefault), Any/All/Count, Skip/Take(While), Range/Repeat, Sum/Min/Max/Average, Contains, Reverse, Concat, DefaultIfEmpty.
using System;
using System.Collections.Generic;
using System.Linq;
class Person { public string Name; public int Age; public string City; public override string ToString() { return Name + "(" + Age + ")"; } }
class LinqBasics {
    static void Main() {
        var nums = Enumerable.Range(1, 20).ToList();
        Console.WriteLine(string.Join(",", nums.Where(n => n % 3 == 0)));
        Console.WriteLine(string.Join(",", nums.Select(n => n * n).Take(5)));
        Console.WriteLine(string.Join(",", nums.Select((n, i) => n * i).Skip(15)));
        Console.WriteLine(string.Join(",", nums.TakeWhile(n => n < 5)) + " | " + string.Join(",", nums.SkipWhile(n => n < 17)));
        Console.WriteLine(nums.First() + " " + nums.Last() + " " + nums.First(n => n > 10) + " " + nums.LastOrDefault(n => n > 100) + " " + nums.FirstOrDefault(n => n > 100));
        Console.WriteLine(nums.Single(n => n == 7) + " " + nums.SingleOrDefault(n => n == 70));
        try { nums.Single(n => n > 1); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + e.Message); }
        try { new int[0].First(); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + e.Message); }
        Console.WriteLine(nums.Any() + " " + nums.Any(n => n > 19) + " " + nums.All(n => n > 0) + " " + nums.All(n => n > 1) + " " + nums.Count(n => n % 2 == 0) + " " + nums.LongCount());
        Console.WriteLine(nums.Sum() + " " + nums.Min() + " " + nums.Max() + " " + nums.Average() + " " + nums.Sum(n => n * 0.5));
        Console.WriteLine(nums.Contains(5) + " " + nums.Contains(50) + " " + nums.ElementAt(3) + " " + nums.ElementAtOrDefault(99));
        Console.WriteLine(string.Join(",", Enumerable.Repeat("ab", 3)) + " " + string.Join(",", Enumerable.Range(5, 3).Reverse()));
        Console.WriteLine(string.Join(",", new[] { 1, 2 }.Concat(new[] { 3, 4 })) + " " + string.Join(",", new int[0].DefaultIfEmpty(-1)));
        Console.WriteLine(Enumerable.Empty<string>().Count() + " " + string.Join(",", new[] { 1, 2, 3 }.Append(4).Prepend(0)));
        var people = new List<Person> {
            new Person { Name = "Ann", Age = 31, City = "Oslo" }, new Person { Name = "Bob", Age = 25, City = "Rome" },
            new Person { Name = "Cid", Age = 31, City = "Rome" }, new Person { Name = "Dee", Age = 19, City = "Oslo" },
            new Person { Name = "Eve", Age = 25, City = "Lima" }, new Person { Name = "Fay", Age = 40, City = "Oslo" } };
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Age)));
        Console.WriteLine(string.Join(" ", people.OrderByDescending(p => p.Age).ThenBy(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.City).ThenByDescending(p => p.Age)));
        Console.WriteLine(string.Join(" ", people.Where(p => p.City == "Oslo").Select(p => p.Name.ToUpper())));
        Console.WriteLine(people.Max(p => p.Age) + " " + people.Min(p => p.Name) + " " + people.Average(p => p.Age).ToString("F3", System.Globalization.CultureInfo.InvariantCulture));
        var q = from p in people where p.Age > 20 orderby p.Name descending select p.Name + "@" + p.City;
        Console.WriteLine(string.Join(" ", q));
        var stable = new[] { "bb", "a", "cc", "d", "ee", "f" }.OrderBy(s => s.Length);
        Console.WriteLine(string.Join(",", stable));
        Console.WriteLine(string.Join(",", new[] { 3, 1, 2 }.OrderBy(x => x).Select(x => x * 10).Where(x => x > 10)));
        int evaluated = 0;
        var lazy = nums.Where(n => { evaluated++; return n > 5; });
        Console.WriteLine("before " + evaluated);
        var firstBig = lazy.First();
        Console.WriteLine("after " + evaluated + " " + firstBig);
        Console.WriteLine(string.Join(",", new[] { 1.5, 2.5 }.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Console.WriteLine(new[] { "x", "yy", "zzz" }.Aggregate((a, b) => a + "-" + b));
        Console.WriteLine(new List<int>().Sum() + " " + new int?[] { 1, null, 3 }.Sum() + " " + new int?[] { null }.Max().HasValue);
        try { new List<int>().Average(); } catch (InvalidOperationException) { Console.WriteLine("empty average throws"); }
        Console.WriteLine(string.Join(",", nums.Where((n, i) => i % 5 == 0)));
        Console.WriteLine(string.Join(",", "hello".Select(c => (int)c)));
        Console.WriteLine(string.Join(",", new object[] { 1, "a", 2, "b", 3.0 }.OfType<int>()) + " " + string.Join(",", new object[] { "p", "q" }.Cast<string>()));
        Console.WriteLine(nums.SequenceEqual(Enumerable.Range(1, 20)) + " " + new[] { 1, 2 }.SequenceEqual(new[] { 2, 1 }));
    }
}
