// int.MinValue / -1 overflows (ECMA: ArithmeticException; mono raises OverflowException).
class MinValueDivision {
    static int Div(int a, int b) { return a / b; }
    static int Main() { return Div(int.MinValue, -1); }
}
