// Main returning int: the process exit code is the low 8 bits (331 -> 75); computed after a loop
// with try/finally so the finally's side effects are part of the value; only the exit code reports.
class ExitCodes {
    static int v;
    static int Compute() { int s = 0; for (int i = 0; i < 10; i++) { try { s += i; } finally { v++; } } return s + v; }
    static int Main() { return Compute() * 5 + 55 + 1; }
}
