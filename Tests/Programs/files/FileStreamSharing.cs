// FileShare between handles of one process as mono's io-layer checks it (the first opener's share
// mode and every opener's access), DeleteOnClose, and byte-range locks.
using System;
using System.IO;

class FileStreamSharing {
    static string folder = Path.GetTempPath();
    static string stamp = System.Diagnostics.Stopwatch.GetTimestamp().ToString();
    static string Clean(string text) => text.Replace(folder, "<tmp>/").Replace(stamp, "<n>");

    static void Try(string what, Func<FileStream> open) {
        try {
            using (open()) Console.WriteLine(what + ": opens");
        } catch (Exception e) {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + Clean(e.Message));
        }
    }

    static void Try(string what, Action action) {
        try { action(); Console.WriteLine(what + ": ok"); } catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + Clean(e.Message)); }
    }

    static void Main() {
        string path = Path.Combine(folder, "ilex-share-" + stamp + ".dat");
        using (var first = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None)) {
            first.Write(new byte[100], 0, 100);
            first.Flush();
            Try("second while FileShare.None", () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        }
        Try("after close", () => new FileStream(path, FileMode.Open, FileAccess.Read));

        using (var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read)) {
            Try("reader with reader sharing Read", () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read));
            Try("writer with reader sharing Read", () => new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
            Try("reader not sharing the first reader", () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Write));
        }
        using (var writer = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite)) {
            Try("reader with writer sharing ReadWrite", () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            Try("reader sharing only Read with a writer", () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read));
            Try("read-write with writer", () => new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite));
        }
        using (var writeOnly = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Write)) {
            Try("writer with writer sharing Write", () => new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Write));
            Try("reader with writer sharing Write", () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        }

        using (var locked = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite)) {
            Try("lock 0..10", () => locked.Lock(0, 10));
            Try("lock again in the same process", () => locked.Lock(5, 10));
            Try("unlock", () => locked.Unlock(0, 10));
            Try("lock negative", () => locked.Lock(-1, 10));
            Try("unlock negative length", () => locked.Unlock(0, -5));
        }
        using (var readOnly = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)) {
            Try("lock a read-only stream", () => readOnly.Lock(0, 1));
        }

        using (var temporary = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.DeleteOnClose)) {
            Try("open while marked for deletion", () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        }
        Try("after the deleting handle closed", () => new FileStream(path, FileMode.Open, FileAccess.Read));

        string fresh = Path.Combine(folder, "ilex-share-" + stamp + "-options.dat");
        var options = new[] { FileOptions.None, FileOptions.WriteThrough, FileOptions.RandomAccess, FileOptions.SequentialScan };
        foreach (var option in options) {
            using (var stream = new FileStream(fresh, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, option)) {
                stream.WriteByte(7);
                stream.Position = 0;
                Console.WriteLine(option + ": " + stream.ReadByte());
            }
        }
        Try("encrypted", () => new FileStream(fresh, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Encrypted));
        new FileStream(fresh, FileMode.Open, FileAccess.Read, FileShare.Delete, 1, FileOptions.DeleteOnClose).Dispose();
        Try("cleaned up", () => new FileStream(fresh, FileMode.Open));
    }
}
