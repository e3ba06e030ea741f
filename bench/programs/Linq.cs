// LINQ to objects: where/select/group/order/aggregate over generated records.
using System;
using System.Linq;
static class Linq {
    struct Sale { public int Region, Product; public double Amount; }
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 120;
        var sales = Enumerable.Range(0, 20000).Select(i => new Sale { Region = i % 7, Product = (i * 13) % 50, Amount = (i % 97) * 1.5 }).ToArray();
        double checksum = 0;
        for (int round = 0; round < n; round++) {
            var byRegion = sales.Where(s => s.Product % (round % 5 + 2) != 0)
                                .GroupBy(s => s.Region)
                                .Select(g => new { Region = g.Key, Total = g.Sum(s => s.Amount), Count = g.Count() })
                                .OrderByDescending(r => r.Total)
                                .ToList();
            checksum += byRegion.First().Total + byRegion.Sum(r => r.Count);
            checksum += sales.Select(s => s.Product).Distinct().Count();
            checksum += sales.Max(s => s.Amount) + sales.Any(s => s.Amount > 140 + round) .GetHashCode();
        }
        Console.WriteLine("checksum " + checksum.ToString("F2"));
        return 0;
    }
}
