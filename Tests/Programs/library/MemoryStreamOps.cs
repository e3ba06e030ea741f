// MemoryStream: Write/Read, Position/Seek, Length/Capacity, ToArray vs GetBuffer, SetLength, CopyTo, wrapping byte arrays, read-only streams, StreamReader over MemoryStream.
using System;
using System.IO;
using System.Text;
class MemoryStreamOps {
    static void Main() {
        var ms = new MemoryStream();
        Console.WriteLine(ms.Length + " " + ms.Position + " " + ms.CanRead + ms.CanWrite + ms.CanSeek);
        byte[] data = Encoding.ASCII.GetBytes("Hello, MemoryStream!");
        ms.Write(data, 0, data.Length);
        Console.WriteLine(ms.Length + " " + ms.Position);
        ms.Position = 7;
        var buf = new byte[6];
        int n = ms.Read(buf, 0, 6);
        Console.WriteLine(n + " " + Encoding.ASCII.GetString(buf));
        ms.Seek(-1, SeekOrigin.End);
        Console.WriteLine((char)ms.ReadByte() + " " + ms.ReadByte());
        ms.Seek(0, SeekOrigin.Begin);
        ms.WriteByte((byte)'J');
        Console.WriteLine(Encoding.ASCII.GetString(ms.ToArray()));
        ms.SetLength(5);
        Console.WriteLine(Encoding.ASCII.GetString(ms.ToArray()) + " " + ms.Length + " " + ms.Position);
        ms.Position = 10; ms.WriteByte(33);
        Console.WriteLine(BitConverter.ToString(ms.ToArray()));
        Console.WriteLine(ms.GetBuffer().Length >= ms.Length);
        var fixedMs = new MemoryStream(new byte[] { 1, 2, 3, 4 });
        Console.WriteLine(fixedMs.Length + " " + fixedMs.ReadByte());
        try { fixedMs.SetLength(100); } catch (NotSupportedException e) { Console.WriteLine(e.GetType().Name); }
        var ro = new MemoryStream(new byte[] { 5, 6 }, false);
        Console.WriteLine(ro.CanWrite);
        try { ro.WriteByte(1); } catch (NotSupportedException e) { Console.WriteLine("ro " + e.GetType().Name); }
        var seg = new MemoryStream(new byte[] { 10, 20, 30, 40, 50 }, 1, 3);
        Console.WriteLine(seg.Length + " " + seg.ReadByte() + " " + string.Join(",", seg.ToArray()));
        var src = new MemoryStream(Encoding.UTF8.GetBytes("copy me please"));
        var dst = new MemoryStream();
        src.CopyTo(dst);
        Console.WriteLine(Encoding.UTF8.GetString(dst.ToArray()) + " " + src.Position);
        var text = new MemoryStream();
        using (var w = new StreamWriter(text, Encoding.UTF8, 1024, true)) { w.WriteLine("alpha"); w.WriteLine("beta"); }
        text.Position = 0;
        using (var r = new StreamReader(text)) Console.WriteLine(r.ReadLine() + "+" + r.ReadLine() + "+" + (r.ReadLine() ?? "null"));
        var big = new MemoryStream();
        for (int i = 0; i < 10000; i++) big.WriteByte((byte)(i % 256));
        Console.WriteLine(big.Length + " " + big.Capacity.GetType().Name);
        big.Position = 256 * 3 + 17;
        Console.WriteLine(big.ReadByte());
        var copyTo = new MemoryStream();
        big.Position = 9990;
        big.CopyTo(copyTo);
        Console.WriteLine(copyTo.Length);
        ms.Dispose();
        try { ms.ReadByte(); } catch (ObjectDisposedException e) { Console.WriteLine(e.GetType().Name); }
        var arr = new MemoryStream(100);
        Console.WriteLine(arr.Capacity + " " + arr.Length);
        arr.Write(new byte[] { 1, 2, 3 }, 1, 2);
        Console.WriteLine(string.Join(",", arr.ToArray()));
        Console.WriteLine(arr.Read(new byte[10], 0, 10));
    }
}
