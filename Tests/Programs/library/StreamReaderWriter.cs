// StreamWriter/StreamReader on files: WriteLine/Write, encoding, ReadLine loop, ReadToEnd, Peek, Read(char[]), append mode, using blocks, StringReader/StringWriter.
using System;
using System.IO;
using System.Text;
class StreamReaderWriter {
    static void Main() {
        string path = Path.Combine(Path.GetTempPath(), "ilex_StreamReaderWriter.txt");
        using (var w = new StreamWriter(path)) {
            w.WriteLine("first line");
            w.Write("number ");
            w.WriteLine(42);
            w.WriteLine("{0}-{1}", "fmt", 7);
            w.Write('c'); w.Write(true); w.Write(1.5); w.WriteLine();
            w.WriteLine("ünïcödé");
        }
        using (var r = new StreamReader(path)) {
            string line; int n = 0;
            while ((line = r.ReadLine()) != null) Console.WriteLine(++n + ": " + line);
            Console.WriteLine("EOS " + r.EndOfStream);
        }
        Console.WriteLine(new FileInfo(path).Length);
        using (var w = new StreamWriter(path, true)) w.WriteLine("appended");
        using (var r = new StreamReader(path)) {
            Console.WriteLine((char)r.Peek());
            var buf = new char[5];
            int got = r.Read(buf, 0, 5);
            Console.WriteLine(got + " [" + new string(buf) + "]");
            Console.WriteLine((char)r.Read());
            string rest = r.ReadToEnd();
            Console.WriteLine(rest.Split('\n').Length + " " + rest.TrimEnd().EndsWith("appended"));
        }
        using (var w = new StreamWriter(path, false, Encoding.ASCII)) w.Write("ascii only é");
        Console.WriteLine(File.ReadAllText(path));
        using (var w = new StreamWriter(path, false, new UTF8Encoding(true))) w.Write("bom");
        var raw = File.ReadAllBytes(path);
        Console.WriteLine(raw.Length + " " + raw[0].ToString("X2") + " " + File.ReadAllText(path));
        using (var w = new StreamWriter(path, false, Encoding.Unicode)) w.Write("AB");
        Console.WriteLine(BitConverter.ToString(File.ReadAllBytes(path)) + " " + File.ReadAllText(path));
        using (var fs = File.OpenRead(path)) using (var r = new StreamReader(fs, Encoding.Unicode)) Console.WriteLine(r.CurrentEncoding.WebName + " " + r.ReadToEnd());
        var sw = new StringWriter();
        sw.Write("a"); sw.WriteLine("b"); sw.Write(3);
        Console.WriteLine(sw.ToString().Replace(Environment.NewLine, "|"));
        var sr = new StringReader("l1\nl2\r\nl3");
        string s; while ((s = sr.ReadLine()) != null) Console.Write("<" + s + ">");
        Console.WriteLine();
        Console.WriteLine(new StringReader("abc").ReadToEnd() + " " + new StringReader("xyz").Read());
        using (var tw = File.CreateText(path)) { tw.NewLine = "\r\n"; tw.WriteLine("crlf"); tw.WriteLine("x"); }
        Console.WriteLine(File.ReadAllBytes(path).Length + " " + File.ReadAllLines(path).Length);
        using (var tr = File.OpenText(path)) Console.WriteLine(tr.ReadLine() + "|" + tr.ReadLine() + "|" + (tr.ReadLine() == null));
        using (var w = new StreamWriter(path)) for (int i = 0; i < 5000; i++) w.WriteLine("line " + i);
        int count = 0; long total = 0;
        using (var r = new StreamReader(path)) { string l; while ((l = r.ReadLine()) != null) { count++; total += l.Length; } }
        Console.WriteLine(count + " " + total);
        File.Delete(path);
        Console.WriteLine(File.Exists(path));
    }
}
