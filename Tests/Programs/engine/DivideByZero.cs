// An integer division by zero that nothing catches: mono prints the exception and exits with 1.
class DivideByZero {
    static int Divide(int a, int b) { return a / b; }
    static int Main() { return Divide(10, 0); }
}
