// Realistic: a bank simulation with account types (inheritance, abstract members), interest, overdraft rules, transfers with rollback, transaction history, monthly statements formatted with decimal.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
class BankException : Exception { public BankException(string m) : base(m) { } }
abstract class Account {
    static int nextId = 1000;
    public int Id { get; } public string Owner { get; } public decimal Balance { get; protected set; }
    public List<string> History { get; } = new List<string>();
    protected Account(string owner, decimal initial) { Id = nextId++; Owner = owner; Balance = initial; Record("open", initial); }
    protected void Record(string what, decimal amt) { History.Add(string.Format(CultureInfo.InvariantCulture, "{0,-10}{1,10:N2}{2,12:N2}", what, amt, Balance)); }
    public virtual void Deposit(decimal amt) { if (amt <= 0) throw new BankException("deposit must be positive"); Balance += amt; Record("deposit", amt); }
    public virtual void Withdraw(decimal amt) { if (amt <= 0) throw new BankException("withdrawal must be positive"); if (!CanWithdraw(amt)) throw new BankException(string.Format(CultureInfo.InvariantCulture, "account {0}: insufficient funds for {1:N2}", Id, amt)); Balance -= amt; Record("withdraw", -amt); }
    protected abstract bool CanWithdraw(decimal amt);
    public abstract void MonthEnd();
    public abstract string Kind { get; }
    public override string ToString() { return string.Format(CultureInfo.InvariantCulture, "{0} #{1} {2,-6} {3,12:N2}", Kind.PadRight(8), Id, Owner, Balance); }
}
class Savings : Account {
    public decimal Rate { get; }
    public Savings(string o, decimal init, decimal rate) : base(o, init) { Rate = rate; }
    protected override bool CanWithdraw(decimal amt) { return amt <= Balance; }
    public override void MonthEnd() { var interest = Math.Round(Balance * Rate / 12, 2, MidpointRounding.AwayFromZero); if (interest > 0) { Balance += interest; Record("interest", interest); } }
    public override string Kind => "Savings";
}
class Checking : Account {
    public decimal Overdraft { get; }
    public Checking(string o, decimal init, decimal od) : base(o, init) { Overdraft = od; }
    protected override bool CanWithdraw(decimal amt) { return Balance - amt >= -Overdraft; }
    public override void MonthEnd() { if (Balance < 0) { var fee = 15m + Math.Round(-Balance * 0.02m, 2); Balance -= fee; Record("fee", -fee); } }
    public override string Kind => "Checking";
}
class Bank {
    readonly Dictionary<int, Account> accounts = new Dictionary<int, Account>();
    public T Open<T>(T a) where T : Account { accounts[a.Id] = a; return a; }
    public void Transfer(int from, int to, decimal amt) {
        var a = accounts[from]; var b = accounts[to];
        a.Withdraw(amt);
        try { if (b.Owner == "Frozen") throw new BankException("target account frozen"); b.Deposit(amt); }
        catch (BankException) { a.Deposit(amt); throw; }
    }
    public IEnumerable<Account> All => accounts.Values;
}
class BankSimulation {
    static void Try(string label, Action act) { try { act(); Console.WriteLine("ok: " + label); } catch (BankException e) { Console.WriteLine("failed: " + label + " -> " + e.Message); } }
    static void Main() {
        var bank = new Bank();
        var s1 = bank.Open(new Savings("Alice", 1000m, 0.05m));
        var c1 = bank.Open(new Checking("Alice", 200m, 500m));
        var s2 = bank.Open(new Savings("Bob", 50m, 0.03m));
        var c2 = bank.Open(new Checking("Frozen", 0m, 0m));
        foreach (var a in bank.All) Console.WriteLine(a);
        Try("deposit 250 to alice checking", () => c1.Deposit(250));
        Try("withdraw 900 from alice checking", () => c1.Withdraw(900));
        Try("withdraw 100 from alice checking", () => c1.Withdraw(100));
        Try("withdraw 60 from bob savings", () => s2.Withdraw(60));
        Try("deposit -5", () => s2.Deposit(-5));
        Try("transfer 300 savings->bob", () => bank.Transfer(s1.Id, s2.Id, 300));
        Try("transfer 100 bob->frozen", () => bank.Transfer(s2.Id, c2.Id, 100));
        Try("transfer 5000 alice->bob", () => bank.Transfer(s1.Id, s2.Id, 5000));
        for (int month = 1; month <= 3; month++) { foreach (var a in bank.All) a.MonthEnd(); }
        Console.WriteLine("--- after 3 months ---");
        foreach (var a in bank.All.OrderBy(a => a.Owner).ThenBy(a => a.Kind)) Console.WriteLine(a);
        foreach (var a in new Account[] { s1, c1, s2 }) {
            Console.WriteLine("statement " + a.Kind + " #" + a.Id + " (" + a.Owner + ")");
            foreach (var h in a.History) Console.WriteLine("  " + h);
        }
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "total deposits held: {0:N2}", bank.All.Sum(a => a.Balance)));
        var byOwner = bank.All.GroupBy(a => a.Owner).Select(g => g.Key + "=" + g.Sum(a => a.Balance).ToString("N2", CultureInfo.InvariantCulture));
        Console.WriteLine(string.Join("; ", byOwner));
        Console.WriteLine("overdrawn: " + string.Join(",", bank.All.Where(a => a.Balance < 0).Select(a => a.Id)));
    }
}
