// Object-oriented modelling: an abstract base with virtual members, an interface with a generic
// method, events (multicast delegates), properties with backing fields, ToString overrides,
// exceptions with custom types.
using System;
using System.Collections.Generic;
abstract class Account {
    public event Action<string> Changed;
    public string Owner { get; }
    protected decimal balance;
    protected Account(string owner) { Owner = owner; }
    public decimal Balance => balance;
    public virtual void Deposit(decimal amount) { if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount)); balance += amount; Changed?.Invoke(Owner + " +" + amount); }
    public abstract decimal Interest();
    public override string ToString() => $"{GetType().Name}({Owner}, {balance})";
}
class Savings : Account { public Savings(string o) : base(o) { } public override decimal Interest() => balance * 0.02m; }
class Checking : Account {
    public Checking(string o) : base(o) { }
    public override void Deposit(decimal amount) { base.Deposit(amount - 1); }
    public override decimal Interest() => 0;
}
class InsufficientFunds : Exception { public InsufficientFunds(string m) : base(m) { } }
class Bank {
    static void Main() {
        var log = new List<string>();
        var accounts = new List<Account> { new Savings("ann"), new Checking("bob") };
        foreach (var a in accounts) { a.Changed += log.Add; a.Changed += s => Console.WriteLine("event: " + s); }
        accounts[0].Deposit(100.50m); accounts[1].Deposit(20m);
        foreach (var a in accounts) Console.WriteLine(a + " interest " + a.Interest());
        try { accounts[0].Deposit(-5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("rejected " + e.ParamName); }
        try { throw new InsufficientFunds("not enough"); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine(log.Count + " " + string.Join(";", log));
        decimal total = 0; foreach (var a in accounts) total += a.Balance; Console.WriteLine(total.ToString("F2"));
    }
}
