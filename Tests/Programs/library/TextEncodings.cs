// System.Text.Encoding: UTF8/ASCII/Unicode/BigEndianUnicode/UTF32/Latin1 GetBytes/GetString/GetByteCount/GetCharCount, preambles, surrogate pairs, invalid bytes replacement, Decoder across chunks.
using System;
using System.Text;
class TextEncodings {
    static string H(byte[] b) { return BitConverter.ToString(b); }
    static void Main() {
        string s = "Héllo €𝄞";
        Console.WriteLine(s.Length);
        Console.WriteLine(H(Encoding.UTF8.GetBytes(s)));
        Console.WriteLine(Encoding.UTF8.GetByteCount(s) + " " + Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s)) + " " + Encoding.UTF8.GetCharCount(Encoding.UTF8.GetBytes(s)));
        Console.WriteLine(H(Encoding.ASCII.GetBytes(s)));
        Console.WriteLine(Encoding.ASCII.GetString(new byte[] { 72, 105, 200, 33 }));
        Console.WriteLine(H(Encoding.Unicode.GetBytes("Aé")));
        Console.WriteLine(H(Encoding.BigEndianUnicode.GetBytes("Aé")));
        Console.WriteLine(H(Encoding.UTF32.GetBytes("A𝄞")));
        Console.WriteLine(Encoding.Unicode.GetString(new byte[] { 0x41, 0, 0x42, 0 }));
        Console.WriteLine(H(Encoding.UTF8.GetPreamble()) + " | " + H(Encoding.Unicode.GetPreamble()) + " | " + new UTF8Encoding(false).GetPreamble().Length);
        Console.WriteLine(Encoding.UTF8.WebName + " " + Encoding.ASCII.WebName + " " + Encoding.Unicode.WebName + " " + Encoding.UTF8.CodePage + " " + Encoding.Unicode.CodePage);
        var bad = new byte[] { 0x61, 0xFF, 0x62, 0xC3 };
        var decoded = Encoding.UTF8.GetString(bad);
        Console.WriteLine(decoded.Length + " " + string.Join(",", Array.ConvertAll(decoded.ToCharArray(), c => ((int)c).ToString("X4"))));
        try { new UTF8Encoding(false, true).GetString(bad); } catch (DecoderFallbackException e) { Console.WriteLine(e.GetType().Name); }
        var latin = Encoding.GetEncoding("iso-8859-1");
        Console.WriteLine(H(latin.GetBytes("ÿé")) + " " + latin.GetString(new byte[] { 0xE9, 0x41 }));
        Console.WriteLine(Encoding.GetEncoding("utf-8").GetString(new byte[] { 0xE2, 0x82, 0xAC }));
        Console.WriteLine(Encoding.GetEncoding(65001).WebName);
        var utf8 = Encoding.UTF8.GetBytes("naïve café");
        var dec = Encoding.UTF8.GetDecoder();
        var sb = new StringBuilder();
        var chars = new char[16];
        for (int i = 0; i < utf8.Length; i += 3) {
            int len = Math.Min(3, utf8.Length - i);
            int n = dec.GetChars(utf8, i, len, chars, 0);
            sb.Append(chars, 0, n);
        }
        Console.WriteLine(sb + " " + sb.Length);
        byte[] buf = new byte[10];
        int written = Encoding.UTF8.GetBytes("abc€", 0, 4, buf, 2);
        Console.WriteLine(written + " " + H(buf));
        Console.WriteLine(Encoding.UTF8.GetString(buf, 2, written));
        Console.WriteLine(Encoding.UTF8.GetMaxByteCount(10) + " " + Encoding.Unicode.GetMaxCharCount(10));
        Console.WriteLine(Convert.ToBase64String(Encoding.UTF8.GetBytes("base64 text!")));
        Console.WriteLine(Encoding.UTF8.GetString(Convert.FromBase64String("aGVsbG8gd29ybGQ=")));
        var conv = Encoding.Convert(Encoding.Unicode, Encoding.UTF8, Encoding.Unicode.GetBytes("ü"));
        Console.WriteLine(H(conv));
        Console.WriteLine(Encoding.Default.GetBytes("x").Length);
        Console.WriteLine(Encoding.UTF8.Equals(new UTF8Encoding()) + " " + Encoding.ASCII.IsSingleByte);
        Console.WriteLine(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(new string('z', 1000))).Length);
    }
}
