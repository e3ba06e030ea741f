// float32 vs float64: every float operation rounds to single precision (stored to locals, fields,
// arrays, and passed as arguments), float-to-double widening is exact, mixed float*double
// promotes, and values in double do not stay in extended precision.
using System;
class FloatPrecision {
    static float field;
    static float F(float x) { return x; }
    static double D(double x) { return x; }
    static float Add(float a, float b) { return a + b; }
    static int Bits(float f) { return BitConverter.ToInt32(BitConverter.GetBytes(f), 0); }
    static void Main() {
        float a = F(16777216f), one = F(1f);
        float s = a + one; Console.WriteLine("16777216f + 1f: " + s.ToString("R"));
        Console.WriteLine("(a + 1f) == a in expression: " + ((float)(a + one) == a));
        field = a + one; Console.WriteLine("stored to field: " + field.ToString("R"));
        float[] arr = new float[1]; arr[0] = a + one; Console.WriteLine("stored to array: " + arr[0].ToString("R"));
        Console.WriteLine("returned from method: " + Add(a, one).ToString("R"));
        double wide = (double)a + one; Console.WriteLine("widened before add: " + wide.ToString("R"));
        float third = F(1f) / F(3f); Console.WriteLine("1f/3f: " + third.ToString("R") + " bits " + Bits(third).ToString("X8") + ", as double " + ((double)third).ToString("R"));
        double dthird = D(1) / D(3); Console.WriteLine("1d/3d: " + dthird.ToString("R") + ", (float) " + ((float)dthird).ToString("R"));
        float x = F(0.1f); double mixed = x * D(10); Console.WriteLine("0.1f * 10d: " + mixed.ToString("R"));
        float y = F(0.1f) * F(10f); Console.WriteLine("0.1f * 10f: " + y.ToString("R"));
        float acc = 0; for (int i = 0; i < 10; i++) acc += F(0.1f); Console.WriteLine("ten 0.1f: " + acc.ToString("R") + " bits " + Bits(acc).ToString("X8"));
        double dacc = 0; for (int i = 0; i < 10; i++) dacc += D(0.1); Console.WriteLine("ten 0.1d: " + dacc.ToString("R"));
        float big = F(3.0e38f); float ov = big * F(2f); Console.WriteLine("3e38f*2: " + ov.ToString("R") + ", then /2: " + (ov / F(2f)).ToString("R"));
        float cmp = F(1e-45f); Console.WriteLine("float denormal min: " + cmp.ToString("R") + " bits " + Bits(cmp).ToString("X8") + ", /2: " + Bits(cmp / F(2f)).ToString("X8"));
        double d = D(1e-40); float fd = (float)d; Console.WriteLine("(float)1e-40: " + fd.ToString("R") + " bits " + Bits(fd).ToString("X8"));
        float r1 = F(1.1f) * F(1.1f); double r2 = (double)F(1.1f) * F(1.1f);
        Console.WriteLine("1.1f*1.1f: " + r1.ToString("R") + ", in double: " + r2.ToString("R") + ", equal as double: " + ((double)r1 == r2));
        Console.WriteLine("float 0.1f == 0.1d: " + (F(0.1f) == D(0.1)) + ", (float)0.1d == 0.1f: " + ((float)D(0.1) == F(0.1f)));
        float h = F(0.5f), e = F(5.9604645E-08f);
        Console.WriteLine("1 + 2^-24 rounds to even: " + (F(1f) + e).ToString("R") + ", 1 + 2^-24 + 2^-24: " + ((F(1f) + e) + e).ToString("R"));
        Console.WriteLine("float.MaxValue + 1e31f: " + (F(float.MaxValue) + F(1e31f)).ToString("R") + ", + 1e32f: " + (F(float.MaxValue) + F(2e32f)).ToString("R") + " " + h);
    }
}
