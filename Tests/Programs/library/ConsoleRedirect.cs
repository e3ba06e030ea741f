// Console redirection: Console.SetOut to a StringWriter and back, Console.Out identity, TextWriter.Synchronized, Console.SetIn from a StringReader, Console.Error to a capture writer.
using System;
using System.IO;
class ConsoleRedirect {
    static void Main() {
        var original = Console.Out;
        var capture = new StringWriter();
        Console.SetOut(capture);
        Console.WriteLine("captured line 1");
        Console.Write("captured {0}", 2);
        Console.WriteLine();
        Console.SetOut(original);
        Console.WriteLine("back to stdout");
        var lines = capture.ToString().Split(new[] { Environment.NewLine }, StringSplitOptions.None);
        Console.WriteLine("captured " + (lines.Length - 1) + " lines: [" + lines[0] + "] [" + lines[1] + "]");
        Console.SetIn(new StringReader("first\nsecond\n42\n"));
        Console.WriteLine("read: " + Console.ReadLine());
        Console.WriteLine("read: " + Console.ReadLine());
        Console.WriteLine("read int+1: " + (int.Parse(Console.ReadLine()) + 1));
        Console.WriteLine("read at end null: " + (Console.ReadLine() == null));
        var err = new StringWriter();
        var origErr = Console.Error;
        Console.SetError(err);
        Console.Error.WriteLine("an error message");
        Console.SetError(origErr);
        Console.WriteLine("stderr captured: " + err.ToString().Trim());
        var sync = TextWriter.Synchronized(new StringWriter());
        sync.Write("sync"); Console.WriteLine("synchronized writer: " + sync.ToString().Length);
        using (var sw = new StringWriter()) {
            Console.SetOut(sw);
            for (int i = 0; i < 3; i++) Console.Write(i);
            Console.SetOut(original);
            Console.WriteLine("loop capture: " + sw);
        }
        Console.WriteLine(TextWriter.Null != null);
        TextWriter.Null.WriteLine("discarded");
        Console.WriteLine(Console.Out.Encoding.WebName.Length > 0);
        Console.WriteLine("done");
    }
}
