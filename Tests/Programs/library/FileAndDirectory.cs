// File and Directory static APIs in a folder under Path.GetTempPath(): WriteAllText/ReadAllText/Lines/Bytes, AppendAllText, Exists, Copy, Move, Delete, GetFiles, CreateDirectory, FileInfo/DirectoryInfo.
using System;
using System.IO;
using System.Linq;
class FileAndDirectory {
    static void Main() {
        string root = Path.Combine(Path.GetTempPath(), "ilex_FileAndDirectory");
        if (Directory.Exists(root)) Directory.Delete(root, true);
        Directory.CreateDirectory(root);
        Console.WriteLine("dir exists " + Directory.Exists(root));
        string f = Path.Combine(root, "a.txt");
        File.WriteAllText(f, "hello\nworld\n");
        Console.WriteLine("exists " + File.Exists(f) + " " + File.Exists(Path.Combine(root, "nope.txt")));
        Console.WriteLine("[" + File.ReadAllText(f).Replace("\n", "\\n") + "]");
        File.AppendAllText(f, "again\n");
        var lines = File.ReadAllLines(f);
        Console.WriteLine(lines.Length + " " + string.Join("|", lines));
        File.WriteAllLines(Path.Combine(root, "b.txt"), new[] { "one", "two", "three" });
        Console.WriteLine(string.Join("|", File.ReadLines(Path.Combine(root, "b.txt")).Where(l => l.Contains("o"))));
        File.WriteAllBytes(Path.Combine(root, "c.bin"), new byte[] { 0, 1, 2, 255 });
        var bytes = File.ReadAllBytes(Path.Combine(root, "c.bin"));
        Console.WriteLine(bytes.Length + " " + bytes[3]);
        File.Copy(f, Path.Combine(root, "a_copy.txt"));
        Console.WriteLine("copy " + File.ReadAllText(Path.Combine(root, "a_copy.txt")).Length);
        try { File.Copy(f, Path.Combine(root, "a_copy.txt")); } catch (IOException e) { Console.WriteLine("copy again: " + e.GetType().Name); }
        File.Copy(f, Path.Combine(root, "a_copy.txt"), true);
        File.Move(Path.Combine(root, "a_copy.txt"), Path.Combine(root, "moved.txt"));
        Console.WriteLine("moved " + File.Exists(Path.Combine(root, "a_copy.txt")) + " " + File.Exists(Path.Combine(root, "moved.txt")));
        Directory.CreateDirectory(Path.Combine(root, "sub", "deeper"));
        File.WriteAllText(Path.Combine(root, "sub", "d.txt"), "d");
        File.WriteAllText(Path.Combine(root, "sub", "deeper", "e.log"), "e");
        Console.WriteLine(string.Join(",", Directory.GetFiles(root).Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(",", Directory.GetFiles(root, "*.txt").Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(",", Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(",", Directory.GetDirectories(root).Select(Path.GetFileName)));
        Console.WriteLine(string.Join(",", Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal)));
        var fi = new FileInfo(f);
        Console.WriteLine(fi.Name + " " + fi.Length + " " + fi.Extension + " " + fi.Exists + " " + fi.Directory.Name);
        var di = new DirectoryInfo(Path.Combine(root, "sub"));
        Console.WriteLine(di.Name + " " + di.Parent.Name + " " + di.GetFiles().Length + " " + di.GetDirectories()[0].Name);
        File.Delete(Path.Combine(root, "moved.txt"));
        Console.WriteLine("deleted " + !File.Exists(Path.Combine(root, "moved.txt")));
        File.Delete(Path.Combine(root, "never-existed.txt"));
        Console.WriteLine("delete missing ok");
        try { File.ReadAllText(Path.Combine(root, "missing.txt")); } catch (FileNotFoundException e) { Console.WriteLine(e.GetType().Name + " " + Path.GetFileName(e.FileName)); }
        try { Directory.GetFiles(Path.Combine(root, "nodir")); } catch (DirectoryNotFoundException e) { Console.WriteLine(e.GetType().Name); }
        try { Directory.Delete(Path.Combine(root, "sub")); } catch (IOException e) { Console.WriteLine("non-empty: " + e.GetType().Name); }
        var lw = File.GetLastWriteTimeUtc(f);
        Console.WriteLine("mtime year ok " + (lw.Year >= 2000));
        File.SetAttributes(f, FileAttributes.Normal);
        Console.WriteLine((File.GetAttributes(root) & FileAttributes.Directory) == FileAttributes.Directory);
        Directory.Delete(root, true);
        Console.WriteLine("cleaned " + !Directory.Exists(root));
    }
}
