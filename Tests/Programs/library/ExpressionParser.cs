// Realistic: tokenizer and recursive-descent parser for arithmetic expressions with variables, functions, precedence, unary minus, power, AST printing, evaluation and error messages.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
enum Tok { Num, Ident, Op, LParen, RParen, Comma, End }
struct Token { public Tok Kind; public string Text; public int Pos; public override string ToString() { return Kind + "(" + Text + ")"; } }
class SyntaxError : Exception { public SyntaxError(string m, int pos) : base(m + " at position " + pos) { } }
static class Lexer {
    public static List<Token> Lex(string s) {
        var list = new List<Token>(); int i = 0;
        while (i < s.Length) {
            char c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int st = i;
            if (char.IsDigit(c) || c == '.') { while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.')) i++; list.Add(new Token { Kind = Tok.Num, Text = s.Substring(st, i - st), Pos = st }); }
            else if (char.IsLetter(c)) { while (i < s.Length && char.IsLetterOrDigit(s[i])) i++; list.Add(new Token { Kind = Tok.Ident, Text = s.Substring(st, i - st), Pos = st }); }
            else if ("+-*/^%".IndexOf(c) >= 0) { i++; list.Add(new Token { Kind = Tok.Op, Text = c.ToString(), Pos = st }); }
            else if (c == '(') { i++; list.Add(new Token { Kind = Tok.LParen, Text = "(", Pos = st }); }
            else if (c == ')') { i++; list.Add(new Token { Kind = Tok.RParen, Text = ")", Pos = st }); }
            else if (c == ',') { i++; list.Add(new Token { Kind = Tok.Comma, Text = ",", Pos = st }); }
            else throw new SyntaxError("unexpected character '" + c + "'", i);
        }
        list.Add(new Token { Kind = Tok.End, Text = "", Pos = s.Length });
        return list;
    }
}
abstract class Node { public abstract double Eval(Dictionary<string, double> env); }
class NumNode : Node { public double V; public override double Eval(Dictionary<string, double> env) { return V; } public override string ToString() { return V.ToString(CultureInfo.InvariantCulture); } }
class VarNode : Node { public string Name; public override double Eval(Dictionary<string, double> env) { double v; if (!env.TryGetValue(Name, out v)) throw new KeyNotFoundException("undefined variable " + Name); return v; } public override string ToString() { return Name; } }
class BinNode : Node {
    public char Op; public Node L, R;
    public override double Eval(Dictionary<string, double> env) {
        double a = L.Eval(env), b = R.Eval(env);
        switch (Op) { case '+': return a + b; case '-': return a - b; case '*': return a * b; case '/': if (b == 0) throw new DivideByZeroException(); return a / b; case '%': return a % b; case '^': return Math.Pow(a, b); }
        throw new InvalidOperationException();
    }
    public override string ToString() { return "(" + L + " " + Op + " " + R + ")"; }
}
class NegNode : Node { public Node E; public override double Eval(Dictionary<string, double> env) { return -E.Eval(env); } public override string ToString() { return "(-" + E + ")"; } }
class CallNode : Node {
    public string F; public List<Node> Args;
    static readonly Dictionary<string, Func<double[], double>> fns = new Dictionary<string, Func<double[], double>> {
        { "sqrt", a => Math.Sqrt(a[0]) }, { "max", a => a.Max() }, { "min", a => a.Min() }, { "abs", a => Math.Abs(a[0]) }, { "sum", a => a.Sum() } };
    public override double Eval(Dictionary<string, double> env) { Func<double[], double> f; if (!fns.TryGetValue(F, out f)) throw new KeyNotFoundException("unknown function " + F); return f(Args.Select(x => x.Eval(env)).ToArray()); }
    public override string ToString() { return F + "(" + string.Join(", ", Args) + ")"; }
}
class ExprParser {
    readonly List<Token> t; int p;
    public ExprParser(string s) { t = Lexer.Lex(s); }
    Token Cur => t[p];
    public Node Parse() { var n = Expr(); if (Cur.Kind != Tok.End) throw new SyntaxError("unexpected " + Cur.Text, Cur.Pos); return n; }
    Node Expr() { var n = Term(); while (Cur.Kind == Tok.Op && (Cur.Text == "+" || Cur.Text == "-")) { char op = Cur.Text[0]; p++; n = new BinNode { Op = op, L = n, R = Term() }; } return n; }
    Node Term() { var n = Unary(); while (Cur.Kind == Tok.Op && (Cur.Text == "*" || Cur.Text == "/" || Cur.Text == "%")) { char op = Cur.Text[0]; p++; n = new BinNode { Op = op, L = n, R = Unary() }; } return n; }
    Node Unary() { if (Cur.Kind == Tok.Op && Cur.Text == "-") { p++; return new NegNode { E = Unary() }; } return Power(); }
    Node Power() { var b = Primary(); if (Cur.Kind == Tok.Op && Cur.Text == "^") { p++; return new BinNode { Op = '^', L = b, R = Unary() }; } return b; }
    Node Primary() {
        var tok = Cur;
        switch (tok.Kind) {
            case Tok.Num: p++; double v; if (!double.TryParse(tok.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out v)) throw new SyntaxError("bad number " + tok.Text, tok.Pos); return new NumNode { V = v };
            case Tok.Ident:
                p++;
                if (Cur.Kind == Tok.LParen) { p++; var args = new List<Node>(); if (Cur.Kind != Tok.RParen) { args.Add(Expr()); while (Cur.Kind == Tok.Comma) { p++; args.Add(Expr()); } } Expect(Tok.RParen); return new CallNode { F = tok.Text, Args = args }; }
                return new VarNode { Name = tok.Text };
            case Tok.LParen: p++; var e = Expr(); Expect(Tok.RParen); return e;
            default: throw new SyntaxError("unexpected " + (tok.Kind == Tok.End ? "end of input" : "'" + tok.Text + "'"), tok.Pos);
        }
    }
    void Expect(Tok k) { if (Cur.Kind != k) throw new SyntaxError("expected " + k + " but got '" + Cur.Text + "'", Cur.Pos); p++; }
}
class ExpressionParser {
    static void Main() {
        Console.WriteLine(string.Join(" ", Lexer.Lex("3.5*(x+2)")));
        var env = new Dictionary<string, double> { { "x", 3 }, { "y", 4 }, { "pi", Math.PI } };
        string[] exprs = { "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 1", "sqrt(x*x + y*y)", "max(1, x, y, 2) - min(5, y)", "sum(1,2,3,4) / 4", "-(-x)", "2 * pi", "abs(-7.25)", "1 / 0", "z + 1", "foo(1)", "1 +", "(1 + 2", "3 $ 4", "1 2", "", "1.2.3" };
        foreach (var s in exprs) {
            try {
                var ast = new ExprParser(s).Parse();
                Console.WriteLine(s.PadRight(30) + " => " + ast.ToString().PadRight(36) + " = " + ast.Eval(env).ToString("G10", CultureInfo.InvariantCulture));
            }
            catch (SyntaxError e) { Console.WriteLine(s.PadRight(30) + " => syntax error: " + e.Message); }
            catch (KeyNotFoundException e) { Console.WriteLine(s.PadRight(30) + " => eval error: " + e.Message); }
            catch (DivideByZeroException e) { Console.WriteLine(s.PadRight(30) + " => eval error: " + e.GetType().Name); }
        }
        var poly = new ExprParser("x^3 - 2*x^2 + x - 5").Parse();
        for (int x = -2; x <= 3; x++) { env["x"] = x; Console.Write(poly.Eval(env) + (x < 3 ? " " : "\n")); }
    }
}
