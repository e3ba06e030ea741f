// The System.IO.MonoIO internal calls Mono 6.8's class library no longer reaches (File,
// Directory and FileSystemInfo go through P/Invoke), called one by one. MonoIO is internal to
// mscorlib, so this program carries a stand-in System.IO.MonoIO that forwards through reflection
// (for mono, which checks access); run.sh rewrites the compiled program to call mscorlib's MonoIO
// directly (for Ilex) and compares the two outputs. Paths are shown relative to the test folder.
using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace System.IO {
    enum MonoIOError { ERROR_SUCCESS = 0 }
    enum MonoFileType { Unknown = 0 }
    struct MonoIOStat {
        public FileAttributes fileAttributes;
        public long Length, CreationTime, LastAccessTime, LastWriteTime;
    }

    // The stand-in: the same signatures as mscorlib's MonoIO, each forwarding by reflection.
    static class MonoIO {
        static readonly Type real = typeof(object).Assembly.GetType("System.IO.MonoIO");
        static readonly Type error = typeof(object).Assembly.GetType("System.IO.MonoIOError");

        static object[] Call(string name, Type[] types, params object[] arguments) {
            var method = real.GetMethod(name, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, null, types, null);
            object result = method.Invoke(null, arguments);
            var all = new object[arguments.Length + 1];
            all[0] = result;
            Array.Copy(arguments, 0, all, 1, arguments.Length);
            return all;
        }
        static Type E => error.MakeByRefType();
        static MonoIOError Error(object value) => (MonoIOError)Convert.ToInt32(value);

        public static bool CreateDirectory(string path, out MonoIOError e) { var r = Call("CreateDirectory", new[] { typeof(string), E }, path, null); e = Error(r[2]); return (bool)r[0]; }
        public static bool RemoveDirectory(string path, out MonoIOError e) { var r = Call("RemoveDirectory", new[] { typeof(string), E }, path, null); e = Error(r[2]); return (bool)r[0]; }
        public static bool DeleteFile(string path, out MonoIOError e) { var r = Call("DeleteFile", new[] { typeof(string), E }, path, null); e = Error(r[2]); return (bool)r[0]; }
        public static bool SetCurrentDirectory(string path, out MonoIOError e) { var r = Call("SetCurrentDirectory", new[] { typeof(string), E }, path, null); e = Error(r[2]); return (bool)r[0]; }
        public static string GetCurrentDirectory(out MonoIOError e) { var r = Call("GetCurrentDirectory", new[] { E }, new object[] { null }); e = Error(r[1]); return (string)r[0]; }
        public static bool MoveFile(string path, string dest, out MonoIOError e) { var r = Call("MoveFile", new[] { typeof(string), typeof(string), E }, path, dest, null); e = Error(r[3]); return (bool)r[0]; }
        public static bool CopyFile(string path, string dest, bool overwrite, out MonoIOError e) { var r = Call("CopyFile", new[] { typeof(string), typeof(string), typeof(bool), E }, path, dest, overwrite, null); e = Error(r[4]); return (bool)r[0]; }
        public static bool ReplaceFile(string source, string destination, string backup, bool ignore, out MonoIOError e) { var r = Call("ReplaceFile", new[] { typeof(string), typeof(string), typeof(string), typeof(bool), E }, source, destination, backup, ignore, null); e = Error(r[5]); return (bool)r[0]; }
        public static FileAttributes GetFileAttributes(string path, out MonoIOError e) { var r = Call("GetFileAttributes", new[] { typeof(string), E }, path, null); e = Error(r[2]); return (FileAttributes)Convert.ToInt32(r[0]); }
        public static bool SetFileAttributes(string path, FileAttributes attributes, out MonoIOError e) { var r = Call("SetFileAttributes", new[] { typeof(string), typeof(FileAttributes), E }, path, attributes, null); e = Error(r[3]); return (bool)r[0]; }
        public static bool Exists(string path, out MonoIOError e) { var r = Call("Exists", new[] { typeof(string), E }, path, null); e = Error(r[2]); return (bool)r[0]; }
        public static bool ExistsFile(string path, out MonoIOError e) { var r = Call("ExistsFile", new[] { typeof(string), E }, path, null); e = Error(r[2]); return (bool)r[0]; }
        public static bool ExistsDirectory(string path, out MonoIOError e) { var r = Call("ExistsDirectory", new[] { typeof(string), E }, path, null); e = Error(r[2]); return (bool)r[0]; }
        public static bool GetFileStat(string path, out MonoIOStat stat, out MonoIOError e) {
            var statType = typeof(object).Assembly.GetType("System.IO.MonoIOStat");
            var r = Call("GetFileStat", new[] { typeof(string), statType.MakeByRefType(), E }, path, null, null);
            object s = r[2];
            stat = new MonoIOStat {
                fileAttributes = (FileAttributes)Convert.ToInt32(statType.GetField("fileAttributes").GetValue(s)),
                Length = (long)statType.GetField("Length").GetValue(s), CreationTime = (long)statType.GetField("CreationTime").GetValue(s),
                LastAccessTime = (long)statType.GetField("LastAccessTime").GetValue(s), LastWriteTime = (long)statType.GetField("LastWriteTime").GetValue(s),
            };
            e = Error(r[3]);
            return (bool)r[0];
        }
        public static IntPtr Open(string path, FileMode mode, FileAccess access, FileShare share, FileOptions options, out MonoIOError e) { var r = Call("Open", new[] { typeof(string), typeof(FileMode), typeof(FileAccess), typeof(FileShare), typeof(FileOptions), E }, path, mode, access, share, options, null); e = Error(r[6]); return (IntPtr)r[0]; }
        public static int Write(SafeHandle handle, byte[] source, int offset, int count, out MonoIOError e) { var r = Call("Write", new[] { typeof(SafeHandle), typeof(byte[]), typeof(int), typeof(int), E }, handle, source, offset, count, null); e = Error(r[5]); return (int)r[0]; }
        public static int Read(SafeHandle handle, byte[] destination, int offset, int count, out MonoIOError e) { var r = Call("Read", new[] { typeof(SafeHandle), typeof(byte[]), typeof(int), typeof(int), E }, handle, destination, offset, count, null); e = Error(r[5]); return (int)r[0]; }
        public static long Seek(SafeHandle handle, long offset, SeekOrigin origin, out MonoIOError e) { var r = Call("Seek", new[] { typeof(SafeHandle), typeof(long), typeof(SeekOrigin), E }, handle, offset, origin, null); e = Error(r[4]); return (long)r[0]; }
        public static bool Flush(SafeHandle handle, out MonoIOError e) { var r = Call("Flush", new[] { typeof(SafeHandle), E }, handle, null); e = Error(r[2]); return (bool)r[0]; }
        public static long GetLength(SafeHandle handle, out MonoIOError e) { var r = Call("GetLength", new[] { typeof(SafeHandle), E }, handle, null); e = Error(r[2]); return (long)r[0]; }
        public static bool SetLength(SafeHandle handle, long length, out MonoIOError e) { var r = Call("SetLength", new[] { typeof(SafeHandle), typeof(long), E }, handle, length, null); e = Error(r[3]); return (bool)r[0]; }
        public static MonoFileType GetFileType(SafeHandle handle, out MonoIOError e) { var r = Call("GetFileType", new[] { typeof(SafeHandle), E }, handle, null); e = Error(r[2]); return (MonoFileType)Convert.ToInt32(r[0]); }
        public static bool Cancel(SafeHandle handle, out MonoIOError e) { var r = Call("Cancel", new[] { typeof(SafeHandle), E }, handle, null); e = Error(r[2]); return (bool)r[0]; }
        public static bool SetLastWriteTime(string path, DateTime time, out MonoIOError e) { var r = Call("SetLastWriteTime", new[] { typeof(string), typeof(DateTime), E }, path, time, null); e = Error(r[3]); return (bool)r[0]; }
        public static bool SetLastAccessTime(string path, DateTime time, out MonoIOError e) { var r = Call("SetLastAccessTime", new[] { typeof(string), typeof(DateTime), E }, path, time, null); e = Error(r[3]); return (bool)r[0]; }
        public static IntPtr FindFirstFile(string pattern, out string name, out int attributes, out int e) { var r = Call("FindFirstFile", new[] { typeof(string), typeof(string).MakeByRefType(), typeof(int).MakeByRefType(), typeof(int).MakeByRefType() }, pattern, null, null, null); name = (string)r[2]; attributes = (int)r[3]; e = (int)r[4]; return (IntPtr)r[0]; }
        public static bool FindNextFile(IntPtr handle, out string name, out int attributes, out int e) { var r = Call("FindNextFile", new[] { typeof(IntPtr), typeof(string).MakeByRefType(), typeof(int).MakeByRefType(), typeof(int).MakeByRefType() }, handle, null, null, null); name = (string)r[2]; attributes = (int)r[3]; e = (int)r[4]; return (bool)r[0]; }
        public static bool FindCloseFile(IntPtr handle) { return (bool)Call("FindCloseFile", new[] { typeof(IntPtr) }, handle)[0]; }
        public static bool CreatePipe(out IntPtr read, out IntPtr write, out MonoIOError e) { var r = Call("CreatePipe", new[] { typeof(IntPtr).MakeByRefType(), typeof(IntPtr).MakeByRefType(), E }, null, null, null); read = (IntPtr)r[1]; write = (IntPtr)r[2]; e = Error(r[3]); return (bool)r[0]; }
        public static bool DuplicateHandle(IntPtr sourceProcess, IntPtr source, IntPtr targetProcess, out IntPtr target, int access, int inherit, int options, out MonoIOError e) { var r = Call("DuplicateHandle", new[] { typeof(IntPtr), typeof(IntPtr), typeof(IntPtr), typeof(IntPtr).MakeByRefType(), typeof(int), typeof(int), typeof(int), E }, sourceProcess, source, targetProcess, null, access, inherit, options, null); target = (IntPtr)r[4]; e = Error(r[8]); return (bool)r[0]; }
        public static IntPtr ConsoleOutput => (IntPtr)real.GetProperty("ConsoleOutput", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).GetValue(null);
    }
}

class MonoIODirect {
    static string root;
    static string Clean(string text) => text == null ? "<null>" : text.Replace(root, "<root>");
    static void Show(string what, object value, System.IO.MonoIOError error) => Console.WriteLine(what + ": " + value + " (error " + (int)error + ")");

    static void Main() {
        root = Path.Combine(Path.GetTempPath(), "ilex-monoio-" + System.Diagnostics.Stopwatch.GetTimestamp());
        System.IO.MonoIOError e;
        Show("create folder", MonoIO.CreateDirectory(root, out e), e);
        Show("create it again", MonoIO.CreateDirectory(root, out e), e);
        Show("create under a missing folder", MonoIO.CreateDirectory(root + "/missing/sub", out e), e);
        Show("folder attributes", MonoIO.GetFileAttributes(root, out e), e);
        Show("missing attributes", (int)MonoIO.GetFileAttributes(root + "/nothing", out e), e);
        Show("missing folder attributes", (int)MonoIO.GetFileAttributes(root + "/nothing/x", out e), e);
        Show("exists folder", MonoIO.Exists(root, out e) + " " + MonoIO.ExistsDirectory(root, out e) + " " + MonoIO.ExistsFile(root, out e), e);

        string f = root + "/f.txt";
        IntPtr raw = MonoIO.Open(f, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, FileOptions.None, out e);
        Show("open new", raw != (IntPtr)(-1), e);
        using (var handle = new SafeFileHandle(raw, true)) {
            Show("file type", (int)MonoIO.GetFileType(handle, out e), e);
            byte[] hello = Encoding.ASCII.GetBytes("hello world");
            Show("write", MonoIO.Write(handle, hello, 0, hello.Length, out e), e);
            Show("length", MonoIO.GetLength(handle, out e), e);
            Show("seek", MonoIO.Seek(handle, 6, SeekOrigin.Begin, out e), e);
            var buffer = new byte[20];
            int n = MonoIO.Read(handle, buffer, 0, 20, out e);
            Show("read", n + " [" + Encoding.ASCII.GetString(buffer, 0, n) + "]", e);
            Show("flush", MonoIO.Flush(handle, out e), e);
            Show("set length", MonoIO.SetLength(handle, 5, out e) + " position " + MonoIO.Seek(handle, 0, SeekOrigin.Current, out e), e);
            Show("cancel", MonoIO.Cancel(handle, out e), e);
        }
        Show("open it new again", MonoIO.Open(f, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, out e), e);
        Show("open missing", MonoIO.Open(root + "/none.txt", FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None, out e), e);
        Show("open in missing folder", MonoIO.Open(root + "/none/x.txt", FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None, out e), e);
        IntPtr readOnly = MonoIO.Open(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.None, out e);
        using (var handle = new SafeFileHandle(readOnly, true)) {
            Show("write to read-only", MonoIO.Write(handle, new byte[1], 0, 1, out e), e);
            Show("set length read-only", MonoIO.SetLength(handle, 1, out e), e);
            Show("flush read-only", MonoIO.Flush(handle, out e), e);
        }
        Show("file attributes", MonoIO.GetFileAttributes(f, out e), e);
        Show("exists file", MonoIO.Exists(f, out e) + " " + MonoIO.ExistsDirectory(f, out e) + " " + MonoIO.ExistsFile(f, out e), e);

        MonoIOStat stat;
        Show("stat", MonoIO.GetFileStat(f, out stat, out e), e);
        Console.WriteLine("  attributes " + stat.fileAttributes + ", length " + stat.Length + ", times after 2020 " +
                          (DateTime.FromFileTimeUtc(stat.LastWriteTime).Year >= 2020) + " " + (DateTime.FromFileTimeUtc(stat.LastAccessTime).Year >= 2020) +
                          ", creation not after write " + (stat.CreationTime <= stat.LastWriteTime));
        Show("stat folder", MonoIO.GetFileStat(root, out stat, out e) + " " + stat.fileAttributes + " length " + stat.Length, e);
        Show("stat missing", MonoIO.GetFileStat(root + "/none", out stat, out e) + " " + (int)stat.fileAttributes + " " + stat.Length + " " + stat.LastWriteTime, e);
        var when = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        Show("set write time", MonoIO.SetLastWriteTime(f, when, out e), e);
        Show("set access time", MonoIO.SetLastAccessTime(f, when.AddDays(1), out e), e);
        MonoIO.GetFileStat(f, out stat, out e);
        Console.WriteLine("  write " + DateTime.FromFileTimeUtc(stat.LastWriteTime).ToString("u") + ", access " + DateTime.FromFileTimeUtc(stat.LastAccessTime).ToString("u"));
        Show("set times of missing", MonoIO.SetLastWriteTime(root + "/none", when, out e), e);

        Show("read-only attribute", MonoIO.SetFileAttributes(f, FileAttributes.ReadOnly, out e) + " " + MonoIO.GetFileAttributes(f, out e), e);
        Show("normal attribute", MonoIO.SetFileAttributes(f, FileAttributes.Normal, out e) + " " + MonoIO.GetFileAttributes(f, out e), e);
        Show("attributes of missing", MonoIO.SetFileAttributes(root + "/none", FileAttributes.Normal, out e), e);

        string g = root + "/g.txt", h = root + "/h.log", plain = root + "/f";
        Show("copy", MonoIO.CopyFile(f, g, false, out e), e);
        Show("copy without overwrite", MonoIO.CopyFile(f, g, false, out e), e);
        Show("copy with overwrite", MonoIO.CopyFile(f, g, true, out e), e);
        Show("copy onto itself", MonoIO.CopyFile(f, f, true, out e), e);
        Show("copy missing", MonoIO.CopyFile(root + "/none", g, true, out e), e);
        Show("copy into missing folder", MonoIO.CopyFile(f, root + "/none/x", true, out e), e);
        Show("move", MonoIO.MoveFile(g, h, out e), e);
        Show("move onto existing", MonoIO.MoveFile(h, f, out e), e);
        Show("move missing", MonoIO.MoveFile(g, root + "/x", out e), e);
        Show("move into missing folder", MonoIO.MoveFile(h, root + "/none/x", out e), e);
        Show("copy to plain", MonoIO.CopyFile(f, plain, false, out e), e);
        Show("create hidden", MonoIO.CopyFile(f, root + "/.hidden", false, out e) + " " + MonoIO.GetFileAttributes(root + "/.hidden", out e), e);
        Show("create sub folder", MonoIO.CreateDirectory(root + "/sub", out e), e);

        foreach (string pattern in new[] { "*", "*.txt", "?.*", "f.*", "*.log", "nomatch*", "F.TXT", "\\f.txt", ".*" }) {
            string name; int attributes, error;
            IntPtr search = MonoIO.FindFirstFile(root + "/" + pattern, out name, out attributes, out error);
            var line = new StringBuilder("find " + pattern + ":");
            if (search == (IntPtr)(-1)) {
                line.Append(" none, error " + error + ", name " + Clean(name) + ", attributes " + attributes);
            } else {
                do { line.Append(" " + name + "(" + attributes + ")"); } while (MonoIO.FindNextFile(search, out name, out attributes, out error));
                line.Append(" end error " + error + " name " + Clean(name));
                line.Append(", close " + MonoIO.FindCloseFile(search) + " " + MonoIO.FindCloseFile(search));
            }
            Console.WriteLine(line);
        }
        {
            string name; int attributes, error;
            IntPtr search = MonoIO.FindFirstFile(root + "/none/*", out name, out attributes, out error);
            Console.WriteLine("find in missing folder: " + (search == (IntPtr)(-1)) + " error " + error);
            Console.WriteLine("find next on a closed handle: " + MonoIO.FindNextFile((IntPtr)12345, out name, out attributes, out error) + " error " + error);
        }

        Show("replace", MonoIO.ReplaceFile(h, f, root + "/f.bak", false, out e), e);
        Show("replaced gone", MonoIO.ExistsFile(h, out e) + " backup " + MonoIO.ExistsFile(root + "/f.bak", out e), e);
        Show("replace from missing", MonoIO.ReplaceFile(root + "/none", f, null, false, out e), e);

        string cwd = MonoIO.GetCurrentDirectory(out e);
        Show("set current folder", MonoIO.SetCurrentDirectory(root + "/sub", out e) + " " + Clean(MonoIO.GetCurrentDirectory(out e)), e);
        Show("set missing current folder", MonoIO.SetCurrentDirectory(root + "/none", out e), e);
        Show("set a file as current folder", MonoIO.SetCurrentDirectory(f, out e), e);
        MonoIO.SetCurrentDirectory(cwd, out e);
        Show("back", MonoIO.GetCurrentDirectory(out e) == cwd, e);

        IntPtr readEnd, writeEnd;
        Show("pipe", MonoIO.CreatePipe(out readEnd, out writeEnd, out e), e);
        using (var reader = new SafeFileHandle(readEnd, true))
        using (var writer = new SafeFileHandle(writeEnd, true)) {
            Show("pipe type", (int)MonoIO.GetFileType(reader, out e), e);
            Show("pipe write", MonoIO.Write(writer, new byte[] { 1, 2, 3 }, 0, 3, out e), e);
            Show("pipe read", MonoIO.Read(reader, new byte[10], 0, 10, out e), e);
            Show("read the write end", MonoIO.Read(writer, new byte[10], 0, 10, out e), e);
            Show("pipe seek", MonoIO.Seek(reader, 0, SeekOrigin.Begin, out e), e);
            Show("pipe length", MonoIO.GetLength(reader, out e), e);
            // DuplicateHandle is not called: mono crashes (SIGSEGV) duplicating a descriptor.
        }
        using (var console = new SafeFileHandle(MonoIO.ConsoleOutput, false)) {
            Show("console type", (int)MonoIO.GetFileType(console, out e), e);
            Show("console seek", MonoIO.Seek(console, 0, SeekOrigin.Current, out e), e);
            Show("console flush", MonoIO.Flush(console, out e), e);
        }

        Show("remove non-empty folder", MonoIO.RemoveDirectory(root, out e), e);
        Show("remove a file as folder", MonoIO.RemoveDirectory(f, out e), e);
        Show("delete a folder as file", MonoIO.DeleteFile(root + "/sub", out e), e);
        foreach (string name in new[] { "f.txt", "f", "h.log", "f.bak", ".hidden" }) Show("delete " + name, MonoIO.DeleteFile(root + "/" + name, out e), e);
        Show("delete missing", MonoIO.DeleteFile(root + "/f.txt", out e), e);
        Show("delete in missing folder", MonoIO.DeleteFile(root + "/none/f.txt", out e), e);
        Show("remove sub", MonoIO.RemoveDirectory(root + "/sub", out e), e);
        Show("remove root", MonoIO.RemoveDirectory(root, out e), e);
        Show("remove missing", MonoIO.RemoveDirectory(root, out e), e);
    }
}
