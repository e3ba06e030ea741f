// Unsafe code: pointers to locals and struct fields, pointer arithmetic, ldind/stind of every
// width (sign and zero extension), sizeof, stackless buffers in structs; the exit code is a checksum.
unsafe struct Buffer { public fixed byte Bytes[16]; public int Length; }
unsafe class Pointers {
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
    static void Write(int* p, int v) { *p = v; }
    static int Main() {
        long sum = 13;
        int x = 5; int* px = &x; *px += 10; Write(px, *px * 2); sum = Mix(sum, x);
        long big = -2; byte* bytes = (byte*)&big;
        sum = Mix(sum, bytes[0]); sum = Mix(sum, bytes[7]); sum = Mix(sum, *(sbyte*)bytes); sum = Mix(sum, *(short*)bytes); sum = Mix(sum, *(ushort*)bytes);
        sum = Mix(sum, *(uint*)bytes); sum = Mix(sum, *(int*)(bytes + 4));
        bytes[0] = 0x7F; sum = Mix(sum, big);
        double d = 1.5; long* bits = (long*)&d; sum = Mix(sum, *bits); *bits += 1; sum = Mix(sum, (long)(d * 1e6));
        float f = 2.5f; int* fbits = (int*)&f; sum = Mix(sum, *fbits);
        Buffer buf; buf.Length = 0;
        for (int i = 0; i < 16; i++) { buf.Bytes[i] = (byte)(i * 17); buf.Length += buf.Bytes[i]; }
        sum = Mix(sum, buf.Length); sum = Mix(sum, buf.Bytes[15]);
        sum = Mix(sum, sizeof(Buffer)); sum = Mix(sum, sizeof(decimal)); sum = Mix(sum, sizeof(char));
        int* arr = stackalloc_free(); sum = Mix(sum, arr == null ? 1 : 0);
        return (int)((sum ^ (sum >> 9) ^ (sum >> 33)) & 0x7F);
    }
    static int* stackalloc_free() { return null; }
}
