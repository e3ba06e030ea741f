// Loops, nested loops with break/continue, dense and sparse switches, goto, short-circuit
// conditions, conditional expressions; the exit code is a checksum.
class ControlFlow {
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
    static int Classify(int n) {
        switch (n) {
            case 0: return 10; case 1: return 11; case 2: return 12; case 3: return 13; case 5: return 15;
            case 100: return 99; case -4: return 44; case 1000000: return 7;
            default: return n < 0 ? -1 : 1;
        }
    }
    static int Main() {
        long sum = 3;
        for (int i = -6; i < 12; i++) sum = Mix(sum, Classify(i));
        sum = Mix(sum, Classify(100)); sum = Mix(sum, Classify(1000000));
        int count = 0;
        for (int i = 0; i < 50; i++) {
            if (i % 7 == 3) continue;
            for (int j = 0; j < i; j++) { if (j * j > i) break; count += j; }
            if (count > 5000) break;
        }
        sum = Mix(sum, count);
        int k = 0, w = 0;
    again:
        k++;
        if (k < 10) { w += k * k; goto again; }
        sum = Mix(sum, w);
        int x = 5, y = 0;
        if (x > 3 && (y == 0 || x / y > 1)) sum = Mix(sum, 1);
        if (x < 3 || y != 0 && x / y > 1) sum = Mix(sum, 2);
        long acc = 0; int m = 1000;
        while (m-- > 0) { acc += m % 3 == 0 ? m : -m; }
        do { acc ^= m; m += 7; } while (m < 100);
        sum = Mix(sum, acc);
        return (int)((sum ^ (sum >> 11) ^ (sum >> 29)) & 0x7F);
    }
}
