// FileStream over a file in the temporary folder: writing and reading back, positions and
// seeking, growing and shrinking, buffering across the 4 KB buffer, text through
// StreamWriter/StreamReader and File.ReadAllText/WriteAllText; the file deletes itself on close.
using System;
using System.IO;
using System.Text;

class FileStreamBasics {
    static string Hex(byte[] bytes, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) text.Append(bytes[i].ToString("x2"));
        return text.ToString();
    }

    static void Main() {
        string path = Path.Combine(Path.GetTempPath(), "ilex-basics-" + System.Diagnostics.Stopwatch.GetTimestamp() + ".bin");
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose)) {
            Console.WriteLine("can read " + stream.CanRead + ", write " + stream.CanWrite + ", seek " + stream.CanSeek + ", async " + stream.IsAsync);
            Console.WriteLine("name is path " + (stream.Name == path) + ", handle valid " + !stream.SafeFileHandle.IsInvalid);
            Console.WriteLine("empty: length " + stream.Length + ", position " + stream.Position);
            stream.Write(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, 0, 8);
            stream.WriteByte(9);
            Console.WriteLine("written: length " + stream.Length + ", position " + stream.Position);
            stream.Position = 2;
            var buffer = new byte[16];
            int n = stream.Read(buffer, 0, 4);
            Console.WriteLine("read " + n + " at 2: " + Hex(buffer, n) + ", position " + stream.Position);
            Console.WriteLine("seek end-1 " + stream.Seek(-1, SeekOrigin.End) + " byte " + stream.ReadByte() + " then " + stream.ReadByte());
            Console.WriteLine("seek current " + stream.Seek(-3, SeekOrigin.Current));
            stream.Seek(0, SeekOrigin.Begin);
            stream.WriteByte(0xAA);
            stream.Seek(0, SeekOrigin.Begin);
            n = stream.Read(buffer, 0, 16);
            Console.WriteLine("all " + n + ": " + Hex(buffer, n));

            stream.SetLength(4);
            Console.WriteLine("shrunk: length " + stream.Length + ", position " + stream.Position);
            stream.SetLength(12);
            stream.Position = 0;
            n = stream.Read(buffer, 0, 16);
            Console.WriteLine("grown " + n + ": " + Hex(buffer, n));
            stream.Position = 20;
            stream.WriteByte(0xFF);
            Console.WriteLine("past the end: length " + stream.Length);
            stream.Position = 10;
            n = stream.Read(buffer, 0, 16);
            Console.WriteLine("hole " + n + ": " + Hex(buffer, n));
            try { stream.Position = -1; } catch (ArgumentOutOfRangeException e) { Console.WriteLine("negative position: " + e.GetType().Name); }
            try { stream.Seek(-100, SeekOrigin.Begin); } catch (IOException e) { Console.WriteLine("seek before start: " + e.GetType().Name); }

            var big = new byte[10000];
            for (int i = 0; i < big.Length; i++) big[i] = (byte)(i * 7);
            stream.SetLength(0);
            stream.Write(big, 0, big.Length);
            stream.Flush(true);
            Console.WriteLine("big: length " + stream.Length);
            stream.Position = 4095;
            n = stream.Read(buffer, 0, 3);
            Console.WriteLine("across the buffer " + Hex(buffer, n) + " expected " + Hex(new[] { big[4095], big[4096], big[4097] }, 3));
            stream.Position = 0;
            var back = new byte[big.Length + 10];
            int total = 0;
            while ((n = stream.Read(back, total, back.Length - total)) > 0) total += n;
            bool same = total == big.Length;
            for (int i = 0; same && i < total; i++) same = back[i] == big[i];
            Console.WriteLine("read back " + total + " same " + same);
        }
        Console.WriteLine("deleted on close " + !Opens(path));

        string text = Path.Combine(Path.GetTempPath(), "ilex-text-" + System.Diagnostics.Stopwatch.GetTimestamp() + ".txt");
        File.WriteAllText(text, "first line\nzweite Zeile: äöü\n");
        Console.WriteLine("[" + File.ReadAllText(text).Replace("\n", "|") + "]");
        using (var writer = new StreamWriter(new FileStream(text, FileMode.Append, FileAccess.Write), Encoding.UTF8)) {
            writer.WriteLine("appended €");
        }
        string[] lines = File.ReadAllLines(text);
        Console.WriteLine(lines.Length + " lines, last [" + lines[lines.Length - 1] + "]");
        byte[] raw = File.ReadAllBytes(text);
        Console.WriteLine("bytes " + raw.Length + ", first " + raw[0] + ", last " + raw[raw.Length - 1]);
        using (var reader = new StreamReader(text)) {
            Console.WriteLine("reader [" + reader.ReadLine() + "] peek " + (char)reader.Peek());
        }
        new FileStream(text, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.DeleteOnClose).Dispose();
        Console.WriteLine("text file deleted " + !Opens(text));
    }

    // Whether `path` opens (FileMode.Open raises FileNotFoundException when it is gone).
    static bool Opens(string path) {
        try { new FileStream(path, FileMode.Open, FileAccess.Read).Dispose(); return true; } catch (FileNotFoundException) { return false; }
    }
}
