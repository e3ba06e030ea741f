// switch statements: dense (jump table), sparse (compare chain), negative and huge case values,
// long and char switches, fall-through via goto case, goto default, cases out of range, switch on
// strings (few and many cases, null), and switch on an enum.
using System;
enum Suit { Clubs, Diamonds, Hearts, Spades = 10 }
class Switches {
    static string Dense(int x) {
        switch (x) {
            case 0: return "zero"; case 1: return "one"; case 2: return "two"; case 3: return "three"; case 4: return "four";
            case 5: return "five"; case 6: return "six"; case 7: case 8: return "seven-or-eight"; case 10: return "ten";
            default: return "other";
        }
    }
    static string Sparse(int x) {
        switch (x) {
            case int.MinValue: return "min"; case -1000000: return "-1e6"; case -1: return "-1"; case 100: return "100";
            case 1000: return "1000"; case 65536: return "65536"; case int.MaxValue: return "max"; default: return "none";
        }
    }
    static string Neg(int x) {
        switch (x) { case -3: return "m3"; case -2: return "m2"; case -1: return "m1"; case 0: return "z"; case 1: return "p1"; default: return "d"; }
    }
    static string Long(long x) {
        switch (x) { case 0: return "0"; case 1: return "1"; case 2: return "2"; case 0x100000000L: return "2^32"; case long.MinValue: return "lmin"; case -1: return "-1"; default: return "?"; }
    }
    static string Char(char c) {
        switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel"; case ' ': return "space"; case '\uFFFF': return "FFFF"; default: return c >= '0' && c <= '9' ? "digit" : "consonant"; }
    }
    static int GotoCase(int x) {
        int r = 0;
        switch (x) {
            case 1: r += 1; goto case 2;
            case 2: r += 10; goto case 4;
            case 3: r += 100; goto default;
            case 4: r += 1000; break;
            default: r += 10000; break;
        }
        return r;
    }
    static string Few(string s) {
        switch (s) { case "a": return "A"; case "b": return "B"; case null: return "NULL"; default: return "?"; }
    }
    static int Many(string s) {
        switch (s) {
            case "alpha": return 1; case "beta": return 2; case "gamma": return 3; case "delta": return 4; case "epsilon": return 5;
            case "zeta": return 6; case "eta": return 7; case "theta": return 8; case "iota": return 9; case "kappa": return 10;
            case "lambda": return 11; case "mu": return 12; case "": return 13; case "ALPHA": return 14;
            default: return -1;
        }
    }
    static string S(Suit s) {
        switch (s) { case Suit.Clubs: return "c"; case Suit.Diamonds: return "d"; case Suit.Hearts: return "h"; case Suit.Spades: return "s"; default: return "bad:" + (int)s; }
    }
    static void Main() {
        for (int i = -2; i <= 12; i++) Console.WriteLine("Dense(" + i + "): " + Dense(i));
        int[] sp = { int.MinValue, int.MinValue + 1, -1000000, -1, 0, 100, 101, 1000, 65536, int.MaxValue, int.MaxValue - 1 };
        foreach (int v in sp) Console.WriteLine("Sparse(" + v + "): " + Sparse(v));
        for (int i = -4; i <= 2; i++) Console.WriteLine("Neg(" + i + "): " + Neg(i));
        long[] ls = { 0, 1, 2, 3, 0x100000000L, 0x100000001L, long.MinValue, -1, 4294967296L + 1 };
        foreach (long v in ls) Console.WriteLine("Long(" + v + "): " + Long(v));
        foreach (char c in "ai x7\uFFFFz") Console.WriteLine("Char(" + (int)c + "): " + Char(c));
        for (int i = 0; i <= 5; i++) Console.WriteLine("GotoCase(" + i + "): " + GotoCase(i));
        Console.WriteLine("Few: " + Few("a") + Few("b") + Few(null) + Few("c") + Few("A"));
        string[] names = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "", "ALPHA", "Alpha", null, "alph", "mu " };
        foreach (string n in names) Console.WriteLine("Many(" + (n ?? "null") + "): " + Many(n));
        Console.WriteLine("Many(built string): " + Many(new string(new char[] { 'k', 'a', 'p', 'p', 'a' })));
        Console.WriteLine("Suits: " + S(Suit.Clubs) + S(Suit.Hearts) + S(Suit.Spades) + S((Suit)3) + S((Suit)(-1)));
    }
}
