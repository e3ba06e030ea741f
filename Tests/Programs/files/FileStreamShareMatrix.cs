// Every pair of (access, share) for a first and a second handle on one file: whether mono's
// io-layer lets the second open while the first is held (1) or raises a sharing violation (0).
// Rows: the first handle; columns: the second handle's access (Read, Write, ReadWrite), each over
// the share modes None, Read, Write, ReadWrite, Delete, Read|Delete.
using System;
using System.IO;

class FileStreamShareMatrix {
    static void Main() {
        string path = Path.Combine(Path.GetTempPath(), "ilex-matrix-" + System.Diagnostics.Stopwatch.GetTimestamp());
        new FileStream(path, FileMode.Create).Dispose();
        var accesses = new[] { FileAccess.Read, FileAccess.Write, FileAccess.ReadWrite };
        var shares = new[] { FileShare.None, FileShare.Read, FileShare.Write, FileShare.ReadWrite, FileShare.Delete, FileShare.Read | FileShare.Delete };
        foreach (var firstAccess in accesses) {
            foreach (var firstShare in shares) {
                string line = (firstAccess + "/" + firstShare).PadRight(26) + ":";
                using (new FileStream(path, FileMode.Open, firstAccess, firstShare)) {
                    foreach (var access in accesses) {
                        line += " ";
                        foreach (var share in shares) {
                            bool opened;
                            try { new FileStream(path, FileMode.Open, access, share).Dispose(); opened = true; } catch (IOException) { opened = false; }
                            line += opened ? "1" : "0";
                        }
                    }
                }
                Console.WriteLine(line);
            }
        }
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Delete, 1, FileOptions.DeleteOnClose).Dispose();
        try { new FileStream(path, FileMode.Open).Dispose(); } catch (FileNotFoundException) { Console.WriteLine("removed"); }
    }
}
