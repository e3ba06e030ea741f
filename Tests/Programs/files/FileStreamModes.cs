// FileMode and FileAccess as mono's io-layer applies them, and the exceptions the BCL makes of its
// errors: missing files and folders, files that exist already, folders opened as files, invalid
// combinations. Paths in messages are shown relative to the temporary folder.
using System;
using System.IO;
using System.Text;

class FileStreamModes {
    static string folder = Path.GetTempPath();
    static string stamp = System.Diagnostics.Stopwatch.GetTimestamp().ToString();

    static string Name(string name) => Path.Combine(folder, "ilex-modes-" + stamp + "-" + name);
    static string Clean(string text) => text.Replace(folder, "<tmp>/").Replace(stamp, "<n>");

    static void Try(string what, Action action) {
        try {
            action();
            Console.WriteLine(what + ": ok");
        } catch (Exception e) {
            string extra = e is FileNotFoundException f ? " (FileName " + Clean(f.FileName ?? "<null>") + ")" : "";
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + Clean(e.Message) + extra);
        }
    }

    static string Contents(string path) {
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read)) {
            var bytes = new byte[stream.Length];
            stream.Read(bytes, 0, bytes.Length);
            return "[" + Encoding.ASCII.GetString(bytes) + "]";
        }
    }

    static void Write(string path, FileMode mode, string text) {
        using (var stream = new FileStream(path, mode, FileAccess.Write)) {
            var bytes = Encoding.ASCII.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
            Console.WriteLine("  " + mode + " wrote at " + (stream.Position - bytes.Length) + ", length now " + stream.Length);
        }
    }

    static void Delete(string path) {
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.DeleteOnClose).Dispose();
    }

    static void Main() {
        string a = Name("a.txt");
        Try("Open missing", () => new FileStream(a, FileMode.Open));
        Try("Truncate missing", () => new FileStream(a, FileMode.Truncate, FileAccess.Write));
        Try("Append missing creates", () => Write(a, FileMode.Append, "one"));
        Console.WriteLine("  " + Contents(a));
        Try("Append again", () => Write(a, FileMode.Append, "+two"));
        Console.WriteLine("  " + Contents(a));
        Try("CreateNew existing", () => new FileStream(a, FileMode.CreateNew));
        Try("OpenOrCreate existing", () => Write(a, FileMode.OpenOrCreate, "ON"));
        Console.WriteLine("  " + Contents(a));
        Try("Open existing", () => Write(a, FileMode.Open, "X"));
        Console.WriteLine("  " + Contents(a));
        Try("Truncate existing", () => Write(a, FileMode.Truncate, "t"));
        Console.WriteLine("  " + Contents(a));
        Try("Create existing", () => Write(a, FileMode.Create, "created"));
        Console.WriteLine("  " + Contents(a));

        Try("Append with read access", () => new FileStream(a, FileMode.Append, FileAccess.ReadWrite));
        Try("Truncate with read access", () => new FileStream(a, FileMode.Truncate, FileAccess.Read));
        Try("CreateNew with read access", () => new FileStream(Name("never.txt"), FileMode.CreateNew, FileAccess.Read));
        Try("bad mode", () => new FileStream(a, (FileMode)42));
        Try("bad access", () => new FileStream(a, FileMode.Open, (FileAccess)9));
        Try("empty path", () => new FileStream("", FileMode.Open));
        Try("null path", () => new FileStream((string)null, FileMode.Open));

        using (var stream = new FileStream(a, FileMode.Append, FileAccess.Write)) {
            Try("seek before appended data", () => stream.Seek(0, SeekOrigin.Begin));
            Try("read from append stream", () => stream.ReadByte());
        }
        using (var stream = new FileStream(a, FileMode.Open, FileAccess.Read)) {
            Try("write to read stream", () => stream.WriteByte(1));
            Try("set length of read stream", () => stream.SetLength(1));
            Console.WriteLine("  still " + stream.Length + " bytes");
        }
        using (var stream = new FileStream(a, FileMode.Open, FileAccess.Write)) {
            Try("read from write stream", () => stream.ReadByte());
            Try("length of write stream", () => Console.WriteLine("  length " + stream.Length));
        }

        Try("missing folder, Open", () => new FileStream(Name("no-such-folder/b.txt"), FileMode.Open));
        Try("missing folder, Create", () => new FileStream(Name("no-such-folder/b.txt"), FileMode.Create));
        Try("a file as a folder", () => new FileStream(Path.Combine(a, "c.txt"), FileMode.Open));
        Try("folder as a file", () => new FileStream(folder, FileMode.Open));
        Try("folder as a file for writing", () => new FileStream(folder.TrimEnd('/'), FileMode.Open, FileAccess.Write));

        using (var stream = new FileStream("/dev/null", FileMode.Open, FileAccess.ReadWrite)) {
            Console.WriteLine("/dev/null: seek " + stream.CanSeek + ", read " + stream.Read(new byte[4], 0, 4));
            stream.Write(new byte[] { 1, 2, 3 }, 0, 3);
            Try("/dev/null length", () => Console.WriteLine(stream.Length));
        }

        var closed = new FileStream(a, FileMode.Open);
        closed.Close();
        Try("closed stream", () => closed.ReadByte());
        Delete(a);
        Try("deleted", () => Contents(a));
    }
}
