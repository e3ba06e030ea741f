// Exit code only: try/catch/finally/filter paths (nested, in loops, across calls, rethrow) record
// digits into a checksum; no Console output.
class E1 : System.Exception { } class E2 : E1 { }
class ChecksumExceptions {
    static long t;
    static void S(int d) { t = t * 7 + d; }
    static void Thrower(int k) { if (k % 3 == 0) throw new E2(); if (k % 3 == 1) throw new E1(); S(9); }
    static int Main() {
        for (int k = 0; k < 30; k++) {
            try { try { Thrower(k); } finally { S(1); } S(2); }
            catch (E2) when (k % 2 == 0) { S(3); }
            catch (E1) { S(4); try { if (k > 20) throw; } catch (E1) { S(5); } }
            finally { S(6); }
        }
        return (int)((t & 0x7FFFFFFF) % 253);
    }
}
