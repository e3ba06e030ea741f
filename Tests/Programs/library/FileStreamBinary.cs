// FileStream with BinaryWriter/BinaryReader: primitive round-trips, strings with length prefix, Seek/Position/Length, SetLength, FileMode/FileAccess, ReadByte/WriteByte.
using System;
using System.IO;
using System.Text;
class FileStreamBinary {
    static void Main() {
        string path = Path.Combine(Path.GetTempPath(), "ilex_FileStreamBinary.bin");
        using (var fs = new FileStream(path, FileMode.Create, FileAccess.Write))
        using (var bw = new BinaryWriter(fs)) {
            bw.Write(42); bw.Write(-7L); bw.Write((short)300); bw.Write((byte)255); bw.Write(true);
            bw.Write(3.14159); bw.Write(2.5f); bw.Write(123.456m); bw.Write('Z'); bw.Write("hello, binary");
            bw.Write(new byte[] { 9, 8, 7 }); bw.Write(uint.MaxValue); bw.Write(new string('x', 200));
            Console.WriteLine("written pos " + fs.Position);
        }
        Console.WriteLine("length " + new FileInfo(path).Length);
        using (var fs = new FileStream(path, FileMode.Open, FileAccess.Read))
        using (var br = new BinaryReader(fs)) {
            Console.WriteLine(br.ReadInt32() + " " + br.ReadInt64() + " " + br.ReadInt16() + " " + br.ReadByte() + " " + br.ReadBoolean());
            Console.WriteLine(br.ReadDouble().ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + br.ReadSingle().ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + br.ReadDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + br.ReadChar());
            Console.WriteLine(br.ReadString());
            Console.WriteLine(string.Join(",", br.ReadBytes(3)) + " " + br.ReadUInt32());
            Console.WriteLine(br.ReadString().Length + " pos " + fs.Position + " of " + fs.Length);
            try { br.ReadInt32(); } catch (EndOfStreamException e) { Console.WriteLine(e.GetType().Name); }
        }
        using (var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite)) {
            fs.Seek(0, SeekOrigin.Begin);
            Console.WriteLine(fs.ReadByte() + " " + fs.ReadByte() + " pos " + fs.Position);
            fs.Seek(-1, SeekOrigin.End);
            Console.WriteLine("last " + fs.ReadByte() + " then " + fs.ReadByte());
            fs.Position = 0; fs.WriteByte(1);
            fs.Seek(2, SeekOrigin.Current);
            Console.WriteLine("pos " + fs.Position + " canSeek " + fs.CanSeek + " canRead " + fs.CanRead + " canWrite " + fs.CanWrite);
            fs.SetLength(10);
            Console.WriteLine("len " + fs.Length);
            var buf = new byte[20];
            fs.Position = 0;
            int n = fs.Read(buf, 0, buf.Length);
            Console.WriteLine(n + " " + BitConverter.ToString(buf, 0, n));
        }
        using (var fs = new FileStream(path, FileMode.Append)) { fs.Write(new byte[] { 0xAA, 0xBB }, 0, 2); Console.WriteLine("append pos " + fs.Position); }
        Console.WriteLine(new FileInfo(path).Length);
        try { using (new FileStream(path, FileMode.CreateNew)) { } } catch (IOException e) { Console.WriteLine("CreateNew: " + e.GetType().Name); }
        using (var fs = new FileStream(path, FileMode.Truncate)) Console.WriteLine("truncated " + fs.Length);
        using (var fs = new FileStream(path, FileMode.OpenOrCreate)) { var bytes = Encoding.UTF8.GetBytes("abc"); fs.Write(bytes, 0, bytes.Length); fs.Flush(); Console.WriteLine(fs.Length); }
        using (var fs = File.Open(path, FileMode.Open)) { var b = new byte[3]; fs.Read(b, 0, 3); Console.WriteLine(Encoding.ASCII.GetString(b)); }
        using (var fs = File.OpenRead(path)) { try { fs.WriteByte(1); } catch (NotSupportedException e) { Console.WriteLine(e.GetType().Name); } }
        File.Delete(path);
        try { new FileStream(path, FileMode.Open); } catch (FileNotFoundException e) { Console.WriteLine(e.GetType().Name); }
        var ms = new MemoryStream();
        using (var bw = new BinaryWriter(ms, Encoding.UTF8, true)) { bw.Write(7); bw.Write("é"); bw.Write(1234567890123L); }
        Console.WriteLine(BitConverter.ToString(ms.ToArray()));
        ms.Position = 0;
        using (var br = new BinaryReader(ms)) Console.WriteLine(br.ReadInt32() + " " + br.ReadString() + " " + br.ReadInt64());
    }
}
