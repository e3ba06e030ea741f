// string.Normalize and IsNormalized in the four forms over the corlib's normalization tables
// (built by Ilex from the Unicode 5.1 character database, laid out as mono's): whole blocks of
// characters alone and between a base letter and a combining mark (hashed per block), Hangul,
// canonical reordering, compatibility mappings, composition exclusions, singletons.
using System;
using System.Text;

class Normalization {
    static readonly NormalizationForm[] Forms = { NormalizationForm.FormC, NormalizationForm.FormD, NormalizationForm.FormKC, NormalizationForm.FormKD };

    static string Codes(string s) {
        var sb = new StringBuilder();
        foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    static void Main() {
        foreach (int block in new[] { 0x00, 0x01, 0x02, 0x03, 0x04, 0x06, 0x09, 0x1E, 0x1F, 0x21, 0x30, 0xAC, 0xF9, 0xFB, 0xFE, 0xFF }) {
            uint h = 2166136261;
            for (int c = block * 256; c < block * 256 + 256; c++) {
                foreach (var input in new[] { ((char)c).ToString(), "e" + (char)c + "\u0301" })
                    foreach (var f in Forms) {
                        foreach (char x in input.Normalize(f)) { h ^= x; h *= 16777619; }
                        h ^= input.IsNormalized(f) ? 1u : 2u; h *= 16777619;
                    }
            }
            Console.WriteLine(block.ToString("X2") + "xx " + h.ToString("X8"));
        }
        foreach (var s in new[] { "caf\u00e9", "cafe\u0301", "\u1100\u1161\u11A8", "\uD55C\uAE00", "a\u0323\u0302", "a\u0302\u0323", "\u212B", "\u2126",
                                  "\uFB01", "\uFF21\uFF42", "\u0958", "\u1E9B\u0323", "\u00C5\u0327", "x\u0308\u0301", "\u0344", "\u2460\u00BD", "\u3300" })
            foreach (var f in Forms)
                Console.WriteLine(Codes(s) + " " + f + ": " + Codes(s.Normalize(f)) + " " + s.IsNormalized(f));
        Console.WriteLine("".Normalize().Length + " " + "abc".Normalize(NormalizationForm.FormKD));
    }
}
