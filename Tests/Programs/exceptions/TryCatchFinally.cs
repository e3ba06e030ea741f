// try/catch/finally: the order blocks run in is recorded as digits and returned as a checksum:
// catch by type and by base type, finally on normal exit, on leave from a loop and on an exception,
// nested try blocks, rethrow, exceptions thrown inside catch and finally blocks, runtime exceptions
// (division by zero, null reference, index, cast, overflow) caught as their BCL types.
using System;
class MyError : Exception { public int Code; public MyError(int code) { Code = code; } }
class Other : Exception { }
class TryCatchFinally {
    static long trace;
    static void Step(int d) { trace = trace * 10 + d; }
    static int Zero() { return 0; }
    static void Thrower(int code) { Step(1); throw new MyError(code); }
    static int Nested() {
        try {
            try { Thrower(7); }
            finally { Step(2); }
        } catch (MyError e) { Step(3); return e.Code; }
        return -1;
    }
    static int Rethrow() {
        try {
            try { Thrower(4); }
            catch (MyError) { Step(5); throw; }
        } catch (Exception e) { Step(6); return ((MyError)e).Code; }
        return -1;
    }
    static int LoopLeave() {
        int i = 0;
        for (; i < 10; i++) {
            try { if (i == 3) break; Step(7); }
            finally { Step(8); }
        }
        return i;
    }
    static int ThrowInCatch() {
        try {
            try { Thrower(1); }
            catch (MyError) { Step(9); throw new Other(); }
        } catch (Other) { Step(4); return 11; }
        return -1;
    }
    static int ThrowInFinally() {
        try {
            try { Thrower(2); }
            finally { Step(6); throw new Other(); }
        } catch (MyError) { return -2; }
        catch (Other) { Step(3); return 12; }
    }
    static int Runtime() {
        int caught = 0;
        try { int x = 10 / Zero(); } catch (DivideByZeroException) { caught += 1; }
        try { string s = null; caught += s.Length; } catch (NullReferenceException) { caught += 10; }
        try { int[] a = new int[2]; a[Zero() + 5] = 1; } catch (IndexOutOfRangeException) { caught += 100; }
        try { object o = "x"; Exception e = (Exception)o; } catch (InvalidCastException) { caught += 1000; }
        try { checked { int m = int.MaxValue; m += Zero() + 1; } } catch (OverflowException) { caught += 10000; }
        try { object[] arr = new string[1]; arr[0] = 5; } catch (ArrayTypeMismatchException) { caught += 100000; }
        try { throw new Other(); } catch (MyError) { caught = -1; } catch (Exception) { caught += 1000000; }
        return caught;
    }
    static int Main() {
        long sum = Nested();
        sum = sum * 31 + Rethrow();
        sum = sum * 31 + LoopLeave();
        sum = sum * 31 + ThrowInCatch();
        sum = sum * 31 + ThrowInFinally();
        sum = sum * 31 + Runtime();
        sum = sum * 31 + trace % 1000000007;
        return (int)((sum ^ (sum >> 13) ^ (sum >> 29)) & 0x7F);
    }
}
