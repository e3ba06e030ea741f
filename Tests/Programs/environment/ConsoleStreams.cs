// The standard streams as mono's io-layer gives them: console handles (never seekable, whatever
// they are redirected to), a FileStream over a handle the io-layer does not know is rejected, and
// bytes written through the raw stream interleave with Console.Out.
using System;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

class ConsoleStreams {
    static void Main() {
        string before;
        try {
            // Descriptor 1 before the console opened it: not in mono's handle table yet.
            new FileStream(new SafeFileHandle((IntPtr)1, false), FileAccess.Write);
            before = "accepted";
        } catch (IOException e) {
            before = e.GetType().Name + ": " + e.Message;
        }
        Console.WriteLine("raw descriptor before the console: " + before);

        Stream output = Console.OpenStandardOutput();
        Console.WriteLine("stdout: read " + output.CanRead + ", write " + output.CanWrite + ", seek " + output.CanSeek);
        byte[] bytes = Encoding.ASCII.GetBytes("raw bytes through the stream\n");
        output.Write(bytes, 0, bytes.Length);
        output.Flush();
        Console.WriteLine("after the raw bytes");

        var again = new FileStream(new SafeFileHandle((IntPtr)1, false), FileAccess.Write);
        Console.WriteLine("raw descriptor after: seek " + again.CanSeek);
        again.Write(bytes, 0, 4);
        again.Flush();
        Console.WriteLine();
        try { Console.WriteLine(again.Length); } catch (NotSupportedException e) { Console.WriteLine("length: " + e.GetType().Name); }

        Stream input = Console.OpenStandardInput();
        Console.WriteLine("stdin: read " + input.CanRead + ", write " + input.CanWrite + ", seek " + input.CanSeek);
        var buffer = new byte[64];
        int n = input.Read(buffer, 0, 6);
        Console.WriteLine("read " + n + " [" + Encoding.ASCII.GetString(buffer, 0, n) + "]");
        var reader = new StreamReader(input);
        Console.WriteLine("rest [" + reader.ReadToEnd().Replace("\n", "|") + "]");

        try {
            var error = Console.OpenStandardError();
            Console.WriteLine("stderr: write " + error.CanWrite + ", seek " + error.CanSeek);
        } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine("redirected: out " + Console.IsOutputRedirected + ", in " + Console.IsInputRedirected);
        Console.WriteLine("key available " + Console.KeyAvailable);
        Console.Out.Flush();
    }
}
