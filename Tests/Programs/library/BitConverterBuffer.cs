// BitConverter and Buffer: GetBytes for primitives, ToInt32/ToInt64/ToDouble/ToString, IsLittleEndian, DoubleToInt64Bits, Buffer.BlockCopy/ByteLength/GetByte/SetByte, Array.ConvertAll.
using System;
using System.Linq;
class BitConverterBuffer {
    static void Main() {
        Console.WriteLine(BitConverter.IsLittleEndian);
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(0x12345678)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(-1L)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes((short)-2)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes((ushort)513)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(1.0)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(1.5f)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(true)) + " " + BitConverter.ToString(BitConverter.GetBytes('A')));
        byte[] b = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        Console.WriteLine(BitConverter.ToInt32(b, 0) + " " + BitConverter.ToInt32(b, 1) + " " + BitConverter.ToUInt16(b, 7) + " " + BitConverter.ToInt64(b, 1));
        Console.WriteLine(BitConverter.ToDouble(BitConverter.GetBytes(Math.PI), 0) == Math.PI);
        Console.WriteLine(BitConverter.ToSingle(BitConverter.GetBytes(2.75f), 0));
        Console.WriteLine(BitConverter.ToBoolean(new byte[] { 0, 7 }, 1) + " " + BitConverter.ToChar(new byte[] { 0x41, 0 }, 0));
        Console.WriteLine(BitConverter.ToString(b, 2, 3) + " [" + BitConverter.ToString(new byte[0]) + "]");
        Console.WriteLine(BitConverter.DoubleToInt64Bits(1.0).ToString("X") + " " + BitConverter.Int64BitsToDouble(0x4000000000000000));
        Console.WriteLine(BitConverter.DoubleToInt64Bits(-0.0).ToString("X") + " " + BitConverter.SingleToInt32Bits(1f).ToString("X") + " " + BitConverter.Int32BitsToSingle(0x40400000));
        try { BitConverter.ToInt32(b, 7); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        int[] src = { 1, 2, 3, 0x01020304 };
        byte[] dst = new byte[16];
        Buffer.BlockCopy(src, 0, dst, 0, 16);
        Console.WriteLine(BitConverter.ToString(dst));
        int[] back = new int[4];
        Buffer.BlockCopy(dst, 4, back, 0, 12);
        Console.WriteLine(string.Join(",", back));
        Console.WriteLine(Buffer.ByteLength(src) + " " + Buffer.ByteLength(new double[3]) + " " + Buffer.GetByte(src, 12) + " " + Buffer.GetByte(src, 15));
        Buffer.SetByte(src, 0, 0xFF);
        Console.WriteLine(src[0]);
        byte[] overlap = { 1, 2, 3, 4, 5, 6 };
        Buffer.BlockCopy(overlap, 0, overlap, 2, 4);
        Console.WriteLine(string.Join(",", overlap));
        short[] shorts = { 1, -1, 256 };
        var sb = new byte[6];
        Buffer.BlockCopy(shorts, 0, sb, 0, 6);
        Console.WriteLine(BitConverter.ToString(sb));
        double[] ds = { 1.0, 2.0 };
        long[] ls = new long[2];
        Buffer.BlockCopy(ds, 0, ls, 0, 16);
        Console.WriteLine(ls[1].ToString("X"));
        string[] strs = Array.ConvertAll(new[] { 1, 22, 333 }, i => i.ToString("D4"));
        Console.WriteLine(string.Join(",", strs));
        int[] ints = Array.ConvertAll("4,5,6".Split(','), int.Parse);
        Console.WriteLine(ints.Sum());
        double[] dd = Array.ConvertAll(ints, x => (double)x / 4);
        Console.WriteLine(string.Join(",", dd.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var hex = string.Concat(BitConverter.GetBytes(0xCAFEBABE).Reverse().Select(x => x.ToString("x2")));
        Console.WriteLine(hex);
        uint u = 0xDEADBEEF;
        byte[] be = { (byte)(u >> 24), (byte)(u >> 16), (byte)(u >> 8), (byte)u };
        Console.WriteLine(BitConverter.ToString(be) + " " + ((uint)(be[0] << 24 | be[1] << 16 | be[2] << 8 | be[3])).ToString("X"));
    }
}
