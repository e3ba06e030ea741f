// Events: event fields with add/remove, EventHandler<TEventArgs>, custom EventArgs, explicit add/remove accessors, unsubscribe, static events, observer pattern.
using System;
using System.Collections.Generic;
class PriceChangedEventArgs : EventArgs {
    public decimal Old { get; } public decimal New { get; }
    public PriceChangedEventArgs(decimal o, decimal n) { Old = o; New = n; }
}
class Stock {
    public string Symbol { get; }
    decimal price;
    public event EventHandler<PriceChangedEventArgs> PriceChanged;
    public event EventHandler Closed;
    public Stock(string s, decimal p) { Symbol = s; price = p; }
    public decimal Price {
        get { return price; }
        set { if (value == price) return; var old = price; price = value; OnPriceChanged(new PriceChangedEventArgs(old, value)); }
    }
    protected virtual void OnPriceChanged(PriceChangedEventArgs e) { PriceChanged?.Invoke(this, e); }
    public void Close() { Closed?.Invoke(this, EventArgs.Empty); }
}
class Button {
    readonly List<Action<string>> handlers = new List<Action<string>>();
    public event Action<string> Click {
        add { Console.WriteLine("add handler"); handlers.Add(value); }
        remove { Console.WriteLine("remove handler"); handlers.Remove(value); }
    }
    public void Press(string who) { foreach (var h in handlers.ToArray()) h(who); }
}
static class Bus {
    public static event Action<int> Tick;
    public static void Fire(int n) { if (Tick != null) Tick(n); }
}
class EventsPattern {
    static int ticks;
    static void OnTick(int n) { ticks += n; }
    static void Main() {
        var s = new Stock("ACME", 10m);
        s.PriceChanged += (sender, e) => Console.WriteLine(((Stock)sender).Symbol + ": " + e.Old + " -> " + e.New);
        EventHandler<PriceChangedEventArgs> alert = (sender, e) => { if (e.New > e.Old * 1.1m) Console.WriteLine("  alert: jump of " + (e.New - e.Old)); };
        s.PriceChanged += alert;
        s.Price = 10.5m; s.Price = 10.5m; s.Price = 12m;
        s.PriceChanged -= alert;
        s.Price = 20m;
        s.Closed += delegate { Console.WriteLine("closed"); };
        s.Closed += (o, e) => Console.WriteLine("closed args empty " + (e == EventArgs.Empty));
        s.Close();
        var b = new Button();
        Action<string> h1 = w => Console.WriteLine("h1 pressed by " + w);
        Action<string> h2 = w => Console.WriteLine("h2 pressed by " + w);
        b.Click += h1; b.Click += h2;
        b.Press("alice");
        b.Click -= h1;
        b.Press("bob");
        Bus.Tick += OnTick; Bus.Tick += OnTick;
        Bus.Fire(5);
        Bus.Tick -= OnTick;
        Bus.Fire(1);
        Console.WriteLine("ticks " + ticks);
        Bus.Tick -= OnTick;
        Bus.Fire(100);
        Console.WriteLine("ticks " + ticks);
        var log = new List<string>();
        var stocks = new[] { new Stock("A", 1), new Stock("B", 2), new Stock("C", 3) };
        foreach (var st in stocks) { var local = st; st.PriceChanged += (o, e) => log.Add(local.Symbol + "=" + e.New); }
        stocks[2].Price = 30; stocks[0].Price = 10; stocks[1].Price = 2;
        Console.WriteLine(string.Join(" ", log));
        EventHandler once = null;
        int fired = 0;
        once = (o, e) => { fired++; s.Closed -= once; };
        s.Closed += once;
        s.Close(); s.Close();
        Console.WriteLine("once fired " + fired);
    }
}
