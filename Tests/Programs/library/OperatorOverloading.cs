// Operator overloading: arithmetic, comparison, equality, unary, true/false, implicit/explicit conversions, compound assignment, a Money and Fraction type, Complex-like vector.
using System;
using System.Collections.Generic;
struct Fraction : IComparable<Fraction> {
    public readonly long Num, Den;
    public Fraction(long n, long d) { if (d == 0) throw new DivideByZeroException(); if (d < 0) { n = -n; d = -d; } long g = Gcd(Math.Abs(n), d); Num = n / g; Den = d / g; }
    static long Gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return a == 0 ? 1 : a; }
    public static Fraction operator +(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator -(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator *(Fraction a, Fraction b) { return new Fraction(a.Num * b.Num, a.Den * b.Den); }
    public static Fraction operator /(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den, a.Den * b.Num); }
    public static Fraction operator -(Fraction a) { return new Fraction(-a.Num, a.Den); }
    public static bool operator ==(Fraction a, Fraction b) { return a.Num == b.Num && a.Den == b.Den; }
    public static bool operator !=(Fraction a, Fraction b) { return !(a == b); }
    public static bool operator <(Fraction a, Fraction b) { return a.CompareTo(b) < 0; }
    public static bool operator >(Fraction a, Fraction b) { return a.CompareTo(b) > 0; }
    public static bool operator <=(Fraction a, Fraction b) { return a.CompareTo(b) <= 0; }
    public static bool operator >=(Fraction a, Fraction b) { return a.CompareTo(b) >= 0; }
    public static implicit operator Fraction(long n) { return new Fraction(n, 1); }
    public static explicit operator double(Fraction f) { return (double)f.Num / f.Den; }
    public int CompareTo(Fraction o) { return (Num * o.Den).CompareTo(o.Num * Den); }
    public override bool Equals(object o) { return o is Fraction && this == (Fraction)o; }
    public override int GetHashCode() { return (int)(Num * 31 + Den); }
    public override string ToString() { return Den == 1 ? Num.ToString() : Num + "/" + Den; }
}
class Money {
    public decimal Amount { get; } public string Cur { get; }
    public Money(decimal a, string c) { Amount = a; Cur = c; }
    public static Money operator +(Money a, Money b) { if (a.Cur != b.Cur) throw new InvalidOperationException("currency mismatch " + a.Cur + "/" + b.Cur); return new Money(a.Amount + b.Amount, a.Cur); }
    public static Money operator *(Money a, decimal k) { return new Money(a.Amount * k, a.Cur); }
    public static Money operator *(decimal k, Money a) { return a * k; }
    public static bool operator true(Money m) { return m.Amount != 0; }
    public static bool operator false(Money m) { return m.Amount == 0; }
    public static Money operator &(Money a, Money b) { return a.Amount == 0 ? a : b; }
    public static Money operator |(Money a, Money b) { return a.Amount != 0 ? a : b; }
    public override string ToString() { return Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " " + Cur; }
}
struct Vec {
    public double X, Y;
    public Vec(double x, double y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
    public static Vec operator *(Vec a, double k) { return new Vec(a.X * k, a.Y * k); }
    public static double operator *(Vec a, Vec b) { return a.X * b.X + a.Y * b.Y; }
    public static Vec operator ++(Vec a) { return new Vec(a.X + 1, a.Y + 1); }
    public static Vec operator ~(Vec a) { return new Vec(a.Y, a.X); }
    public static bool operator !(Vec a) { return a.X == 0 && a.Y == 0; }
    public static explicit operator Vec(double d) { return new Vec(d, d); }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}
class OperatorOverloading {
    static void Main() {
        var a = new Fraction(1, 2); var b = new Fraction(1, 3);
        Console.WriteLine((a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (-a));
        Console.WriteLine((a > b) + " " + (a < b) + " " + (a == new Fraction(2, 4)) + " " + (a != b) + " " + (a >= a) + " " + (b <= a));
        Fraction whole = 3;
        Console.WriteLine(whole + " " + (whole + a) + " " + (double)new Fraction(1, 8) + " " + new Fraction(6, -4));
        Fraction sum = 0;
        for (int i = 1; i <= 10; i++) sum += new Fraction(1, i * (i + 1));
        Console.WriteLine("telescoping " + sum);
        var list = new List<Fraction> { new Fraction(3, 4), new Fraction(1, 8), new Fraction(5, 6), 1 };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        Console.WriteLine(new HashSet<Fraction> { new Fraction(1, 2), new Fraction(2, 4), new Fraction(3, 6) }.Count);
        try { var z = new Fraction(1, 0); } catch (DivideByZeroException) { Console.WriteLine("zero denominator"); }
        var m = new Money(10.5m, "EUR") + new Money(4.5m, "EUR");
        Console.WriteLine(m + " " + (m * 2) + " " + (3 * m));
        m *= 0.5m;
        Console.WriteLine(m);
        try { var bad = m + new Money(1, "USD"); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var zero = new Money(0, "EUR");
        if (m) Console.WriteLine("m is truthy");
        if (!(zero ? true : false)) Console.WriteLine("zero is falsy");
        Console.WriteLine((zero && m) + " | " + (zero || m) + " | " + (m && zero));
        var v = new Vec(1, 2); var w = new Vec(3, 4);
        Console.WriteLine((v + w) + " " + (v * 2) + " " + (v * w) + " " + (~v) + " " + !v + " " + !new Vec(0, 0));
        v++;
        Console.WriteLine(v + " " + (Vec)2.5);
        v += w;
        Console.WriteLine(v);
        object boxed = a;
        Console.WriteLine(boxed.Equals(new Fraction(1, 2)) + " " + a.Equals(b));
    }
}
