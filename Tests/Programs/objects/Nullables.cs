// Nullable<T>: HasValue/Value/GetValueOrDefault, lifted operators, boxing (null or a boxed T),
// unboxing to T? from null and from a boxed T, `as` and `is` with nullable types.
using System;
struct P { public int X; }
class Nullables {
    static int? Half(int v) { return v % 2 == 0 ? v / 2 : (int?)null; }
    static int Main() {
        int score = 0;
        int? a = 4, b = null;
        if (a.HasValue && !b.HasValue) score += 1;
        if (a.Value == 4 && b.GetValueOrDefault(7) == 7) score += 2;
        int? c = a + b; if (c == null) score += 4;
        int? d = a * 3; if (d == 12) score += 8;
        object boxedA = a, boxedB = b;
        if (boxedA is int && (int)boxedA == 4) score += 16;
        if (boxedB == null) score += 32;
        int? back = (int?)boxedA; if (back == 4) score += 64;
        int? none = (int?)boxedB; if (!none.HasValue) score += 128;
        object five = 5; int? fromInt = five as int?; if (fromInt == 5) score += 256;
        object text = "x"; int? notInt = text as int?; if (notInt == null) score += 512;
        P? p = new P { X = 9 }; object boxedP = p; if (((P)boxedP).X == 9) score += 1024;
        int sum = 0; for (int i = 0; i < 10; i++) { int? h = Half(i); if (h.HasValue) sum += h.Value; }
        if (sum == 10) score += 2048;
        long? big = long.MaxValue; object boxedBig = big; if ((long)boxedBig == long.MaxValue) score += 4096;
        return score % 251;
    }
}
