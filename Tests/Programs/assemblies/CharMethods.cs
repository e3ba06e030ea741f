// char methods: classification (IsLetter, IsDigit, IsWhiteSpace, IsPunctuation...), case conversion, GetNumericValue, surrogates, Unicode categories.
using System;
using System.Globalization;
class CharMethods {
    static void Main() {
        string sample = "aZ9 _.\t\n€é中!-+";
        foreach (char c in sample) {
            Console.WriteLine("{0,5} L={1} D={2} LD={3} W={4} P={5} S={6} U={7} Lo={8} C={9} {10}",
                (int)c, char.IsLetter(c), char.IsDigit(c), char.IsLetterOrDigit(c), char.IsWhiteSpace(c),
                char.IsPunctuation(c), char.IsSymbol(c), char.IsUpper(c), char.IsLower(c), char.IsControl(c), char.GetUnicodeCategory(c));
        }
        Console.WriteLine(char.ToUpper('a') + " " + char.ToLower('Q') + " " + char.ToUpperInvariant('é') + " " + char.ToLowerInvariant('É'));
        Console.WriteLine(char.GetNumericValue('7') + " " + char.GetNumericValue('x') + " " + char.GetNumericValue('½'));
        Console.WriteLine(char.IsNumber('½') + " " + char.IsDigit('½') + " " + char.IsSeparator(' ') + " " + char.IsSeparator('\t'));
        Console.WriteLine(char.IsHighSurrogate('\uD83D') + " " + char.IsLowSurrogate('\uDE00') + " " + char.IsSurrogate('a'));
        string emoji = char.ConvertFromUtf32(0x1F600);
        Console.WriteLine(emoji.Length + " " + char.ConvertToUtf32(emoji, 0).ToString("X") + " " + char.IsSurrogatePair(emoji[0], emoji[1]));
        Console.WriteLine(char.Parse("x") + " " + char.TryParse("xy", out char r) + " " + (int)r);
        Console.WriteLine(char.MaxValue == '\uffff');
        Console.WriteLine((int)char.MinValue);
        Console.WriteLine('a'.CompareTo('b') + " " + 'a'.Equals('a') + " " + ('a' + 1) + " " + (char)('a' + 1));
        Console.WriteLine(char.IsWhiteSpace("a b", 1) + " " + char.IsDigit("a1", 1));
        char c2 = 'A'; c2++;
        Console.WriteLine(c2);
        Console.WriteLine(CharUnicodeInfo.GetUnicodeCategory('$') + " " + CharUnicodeInfo.GetNumericValue('3'));
        Console.WriteLine('x'.ToString() + 'y' + " " + char.ToString('z'));
        int letters = 0, digits = 0, spaces = 0;
        foreach (char c in "Hello World 2024!") { if (char.IsLetter(c)) letters++; else if (char.IsDigit(c)) digits++; else if (char.IsWhiteSpace(c)) spaces++; }
        Console.WriteLine(letters + " " + digits + " " + spaces);
    }
}
