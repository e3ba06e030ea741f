// Realistic: a JSON-like value model, a recursive-descent parser for JSON text, and a pretty printer with indentation, escaping, sorted keys, and error reporting with positions.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
abstract class JValue { }
class JNull : JValue { }
class JBool : JValue { public bool V; }
class JNum : JValue { public double V; }
class JStr : JValue { public string V; }
class JArr : JValue { public List<JValue> Items = new List<JValue>(); }
class JObj : JValue { public List<KeyValuePair<string, JValue>> Members = new List<KeyValuePair<string, JValue>>(); }
class JsonParseException : Exception { public int Pos; public JsonParseException(string m, int p) : base(m + " at " + p) { Pos = p; } }
class Parser {
    readonly string s; int i;
    public Parser(string text) { s = text; }
    public JValue ParseDocument() { var v = Value(); Ws(); if (i != s.Length) throw new JsonParseException("trailing characters", i); return v; }
    void Ws() { while (i < s.Length && char.IsWhiteSpace(s[i])) i++; }
    char Peek() { Ws(); if (i >= s.Length) throw new JsonParseException("unexpected end", i); return s[i]; }
    void Expect(char c) { if (Peek() != c) throw new JsonParseException("expected '" + c + "' but found '" + s[i] + "'", i); i++; }
    JValue Value() {
        char c = Peek();
        if (c == '{') return Obj();
        if (c == '[') return Arr();
        if (c == '"') return new JStr { V = Str() };
        if (c == 't' || c == 'f' || c == 'n') return Word();
        if (c == '-' || char.IsDigit(c)) return Num();
        throw new JsonParseException("unexpected '" + c + "'", i);
    }
    JValue Word() {
        foreach (var w in new[] { "true", "false", "null" }) if (string.CompareOrdinal(s, i, w, 0, w.Length) == 0) { i += w.Length; return w == "null" ? (JValue)new JNull() : new JBool { V = w == "true" }; }
        throw new JsonParseException("bad literal", i);
    }
    JValue Num() { int st = i; if (s[i] == '-') i++; while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.' || s[i] == 'e' || s[i] == 'E' || s[i] == '+' || s[i] == '-')) i++; return new JNum { V = double.Parse(s.Substring(st, i - st), CultureInfo.InvariantCulture) }; }
    string Str() {
        Expect('"'); var sb = new StringBuilder();
        while (true) {
            if (i >= s.Length) throw new JsonParseException("unterminated string", i);
            char c = s[i++];
            if (c == '"') break;
            if (c == '\\') {
                char e = s[i++];
                switch (e) { case 'n': sb.Append('\n'); break; case 't': sb.Append('\t'); break; case '"': sb.Append('"'); break; case '\\': sb.Append('\\'); break; case '/': sb.Append('/'); break;
                    case 'u': sb.Append((char)int.Parse(s.Substring(i, 4), NumberStyles.HexNumber)); i += 4; break; default: throw new JsonParseException("bad escape \\" + e, i - 1); }
            } else sb.Append(c);
        }
        return sb.ToString();
    }
    JValue Arr() { Expect('['); var a = new JArr(); if (Peek() == ']') { i++; return a; } while (true) { a.Items.Add(Value()); if (Peek() == ',') { i++; continue; } Expect(']'); return a; } }
    JValue Obj() {
        Expect('{'); var o = new JObj(); if (Peek() == '}') { i++; return o; }
        while (true) { Ws(); var k = Str(); Expect(':'); o.Members.Add(new KeyValuePair<string, JValue>(k, Value())); if (Peek() == ',') { i++; continue; } Expect('}'); return o; }
    }
}
static class Printer {
    public static string Escape(string s) {
        var sb = new StringBuilder("\"");
        foreach (char c in s) { switch (c) { case '"': sb.Append("\\\""); break; case '\\': sb.Append("\\\\"); break; case '\n': sb.Append("\\n"); break; case '\t': sb.Append("\\t"); break; default: if (c < 32 || c > 126) sb.Append("\\u").Append(((int)c).ToString("x4")); else sb.Append(c); break; } }
        return sb.Append('"').ToString();
    }
    public static void Print(JValue v, StringBuilder sb, int indent, bool sortKeys) {
        string pad = new string(' ', indent * 2), pad2 = new string(' ', (indent + 1) * 2);
        if (v is JNull) sb.Append("null");
        else if (v is JBool) sb.Append(((JBool)v).V ? "true" : "false");
        else if (v is JNum) sb.Append(((JNum)v).V.ToString("R", CultureInfo.InvariantCulture));
        else if (v is JStr) sb.Append(Escape(((JStr)v).V));
        else if (v is JArr) {
            var a = (JArr)v;
            if (a.Items.Count == 0) { sb.Append("[]"); return; }
            if (a.Items.All(x => x is JNum)) { sb.Append("[" + string.Join(", ", a.Items.Select(x => ((JNum)x).V.ToString("R", CultureInfo.InvariantCulture))) + "]"); return; }
            sb.Append("[\n");
            for (int k = 0; k < a.Items.Count; k++) { sb.Append(pad2); Print(a.Items[k], sb, indent + 1, sortKeys); sb.Append(k < a.Items.Count - 1 ? ",\n" : "\n"); }
            sb.Append(pad + "]");
        } else {
            var o = (JObj)v;
            if (o.Members.Count == 0) { sb.Append("{}"); return; }
            var ms = sortKeys ? o.Members.OrderBy(m => m.Key, StringComparer.Ordinal).ToList() : o.Members;
            sb.Append("{\n");
            for (int k = 0; k < ms.Count; k++) { sb.Append(pad2 + Escape(ms[k].Key) + ": "); Print(ms[k].Value, sb, indent + 1, sortKeys); sb.Append(k < ms.Count - 1 ? ",\n" : "\n"); }
            sb.Append(pad + "}");
        }
    }
    public static int Depth(JValue v) { if (v is JArr) return 1 + ((JArr)v).Items.Select(Depth).DefaultIfEmpty(0).Max(); if (v is JObj) return 1 + ((JObj)v).Members.Select(m => Depth(m.Value)).DefaultIfEmpty(0).Max(); return 0; }
}
class JsonPrettyPrinter {
    static void Main() {
        string doc = "{\"name\":\"Ilex\",\"version\":1.5,\"tags\":[\"runtime\",\"swift\",\"cil\"],\"nums\":[1,2.5,-3e2],\"nested\":{\"ok\":true,\"none\":null,\"empty\":[],\"obj\":{}},\"quote\":\"say \\\"hi\\\"\\n\\tnow \\u00e9\",\"list\":[{\"id\":2,\"b\":false},{\"id\":1}]}";
        var v = new Parser(doc).ParseDocument();
        var sb = new StringBuilder(); Printer.Print(v, sb, 0, false); Console.WriteLine(sb);
        sb.Clear(); Printer.Print(v, sb, 0, true); Console.WriteLine(sb);
        Console.WriteLine("depth " + Printer.Depth(v));
        var root = (JObj)v;
        Console.WriteLine("keys: " + string.Join(",", root.Members.Select(m => m.Key)));
        Console.WriteLine("tags count: " + ((JArr)root.Members.First(m => m.Key == "tags").Value).Items.Count);
        foreach (var bad in new[] { "{\"a\":}", "[1,2", "{\"a\" 1}", "tru", "[1] x", "\"open", "{\"k\":\"\\q\"}" }) {
            try { new Parser(bad).ParseDocument(); Console.WriteLine("parsed?! " + bad); }
            catch (JsonParseException e) { Console.WriteLine("error in " + bad + ": " + e.Message); }
        }
        sb.Clear(); Printer.Print(new Parser("  [ ]  ").ParseDocument(), sb, 0, false); Console.WriteLine(sb);
        sb.Clear(); Printer.Print(new Parser("[[[[1]]], \"x\"]").ParseDocument(), sb, 0, false); Console.WriteLine(sb);
    }
}
