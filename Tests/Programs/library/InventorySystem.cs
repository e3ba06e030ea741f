// Realistic: an inventory system with products, categories, stock movements, reorder reports, LINQ summaries, decimal money formatting, exceptions for invalid operations.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
enum Category { Tools, Garden, Kitchen, Electronics }
class OutOfStockException : Exception { public OutOfStockException(string sku, int want, int have) : base(string.Format("SKU {0}: requested {1}, only {2} in stock", sku, want, have)) { } }
class Product {
    public string Sku { get; } public string Name { get; } public Category Category { get; } public decimal Price { get; set; } public int Stock { get; set; } public int ReorderLevel { get; }
    public Product(string sku, string name, Category c, decimal price, int stock, int reorder) { Sku = sku; Name = name; Category = c; Price = price; Stock = stock; ReorderLevel = reorder; }
    public decimal Value => Price * Stock;
    public override string ToString() { return string.Format(CultureInfo.InvariantCulture, "{0,-6} {1,-18} {2,-12} {3,8:F2} {4,5}", Sku, Name, Category, Price, Stock); }
}
class Movement { public string Sku; public int Delta; public string Reason; }
class Inventory {
    readonly Dictionary<string, Product> products = new Dictionary<string, Product>();
    readonly List<Movement> log = new List<Movement>();
    public void Add(Product p) { if (products.ContainsKey(p.Sku)) throw new ArgumentException("duplicate SKU " + p.Sku); products.Add(p.Sku, p); }
    public Product Get(string sku) { Product p; if (!products.TryGetValue(sku, out p)) throw new KeyNotFoundException("unknown SKU " + sku); return p; }
    public void Receive(string sku, int qty) { Get(sku).Stock += qty; log.Add(new Movement { Sku = sku, Delta = qty, Reason = "receive" }); }
    public void Ship(string sku, int qty) { var p = Get(sku); if (p.Stock < qty) throw new OutOfStockException(sku, qty, p.Stock); p.Stock -= qty; log.Add(new Movement { Sku = sku, Delta = -qty, Reason = "ship" }); }
    public IEnumerable<Product> All => products.Values;
    public IEnumerable<Movement> Log => log;
}
class InventorySystem {
    static void Main() {
        var inv = new Inventory();
        inv.Add(new Product("T100", "Hammer", Category.Tools, 12.99m, 40, 10));
        inv.Add(new Product("T200", "Screwdriver set", Category.Tools, 24.50m, 15, 5));
        inv.Add(new Product("G100", "Garden hose", Category.Garden, 31.00m, 8, 10));
        inv.Add(new Product("G200", "Rake", Category.Garden, 18.75m, 22, 5));
        inv.Add(new Product("K100", "Chef knife", Category.Kitchen, 89.90m, 6, 3));
        inv.Add(new Product("K200", "Cutting board", Category.Kitchen, 15.25m, 30, 8));
        inv.Add(new Product("E100", "USB cable", Category.Electronics, 4.99m, 200, 50));
        try { inv.Add(new Product("E100", "Dup", Category.Electronics, 1, 1, 1)); } catch (ArgumentException e) { Console.WriteLine("error: " + e.Message); }
        foreach (var p in inv.All) Console.WriteLine(p);
        inv.Ship("T100", 35); inv.Ship("E100", 160); inv.Receive("G100", 5); inv.Ship("K100", 4); inv.Ship("G200", 20);
        try { inv.Ship("K100", 5); } catch (OutOfStockException e) { Console.WriteLine("error: " + e.Message); }
        try { inv.Ship("X999", 1); } catch (KeyNotFoundException e) { Console.WriteLine("error: " + e.Message); }
        Console.WriteLine("--- after movements ---");
        foreach (var p in inv.All.OrderBy(p => p.Category).ThenBy(p => p.Name)) Console.WriteLine(p);
        Console.WriteLine("--- reorder report ---");
        foreach (var p in inv.All.Where(p => p.Stock <= p.ReorderLevel).OrderBy(p => p.Stock)) Console.WriteLine(p.Sku + " " + p.Name + ": stock " + p.Stock + " <= " + p.ReorderLevel + ", order " + (p.ReorderLevel * 2 - p.Stock));
        Console.WriteLine("--- value by category ---");
        foreach (var g in inv.All.GroupBy(p => p.Category).OrderByDescending(g => g.Sum(p => p.Value)))
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-12} items={1} units={2,4} value={3,10:N2}", g.Key, g.Count(), g.Sum(p => p.Stock), g.Sum(p => p.Value)));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "total value {0:N2}", inv.All.Sum(p => p.Value)));
        Console.WriteLine("most valuable: " + inv.All.OrderByDescending(p => p.Value).First().Name);
        Console.WriteLine("cheapest: " + inv.All.OrderBy(p => p.Price).First().Name);
        Console.WriteLine("--- movement log ---");
        foreach (var m in inv.Log) Console.WriteLine(m.Reason.PadRight(8) + m.Sku + " " + m.Delta.ToString("+0;-0"));
        Console.WriteLine("shipped units: " + inv.Log.Where(m => m.Delta < 0).Sum(m => -m.Delta) + ", received: " + inv.Log.Where(m => m.Delta > 0).Sum(m => m.Delta));
        foreach (var p in inv.All.Where(p => p.Category == Category.Kitchen)) p.Price = Math.Round(p.Price * 1.1m, 2);
        Console.WriteLine(string.Join(", ", inv.All.Where(p => p.Category == Category.Kitchen).Select(p => p.Name + "=" + p.Price.ToString(CultureInfo.InvariantCulture))));
        var avg = inv.All.Average(p => p.Price);
        Console.WriteLine("average price " + avg.ToString("F4", CultureInfo.InvariantCulture));
    }
}
