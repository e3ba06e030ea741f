// Unsafe pointers: pointer arithmetic on int*, long*, byte* and struct pointers (scaled by the
// element size), pointer subtraction (element count), comparisons, pointer to pointer, void* casts,
// reinterpreting bytes (little-endian), pointer indexing with negative offsets, ++/-- on pointers,
// (long)pointer differences, and -> member access.
using System;
struct Pt { public int X, Y; public long Z; }
unsafe class UnsafePointers {
    static void Main() {
        int* buf = stackalloc int[10];
        for (int i = 0; i < 10; i++) buf[i] = i * i;
        int* p = buf + 3; Console.WriteLine("*(buf+3): " + *p + ", p[2]: " + p[2] + ", p[-1]: " + p[-1] + ", *(p - 3): " + *(p - 3));
        int* q = buf + 9; Console.WriteLine("q - p (elements): " + (q - p) + ", p < q: " + (p < q) + ", p == buf + 3: " + (p == buf + 3) + ", p >= q: " + (p >= q));
        Console.WriteLine("byte distance: " + ((byte*)q - (byte*)p) + ", long distance via (long): " + ((long)q - (long)p));
        p++; Console.WriteLine("p++: " + *p); p -= 2; Console.WriteLine("p -= 2: " + *p); p += 5; Console.WriteLine("p += 5: " + *p);
        long* lp = (long*)buf; Console.WriteLine("int pair as long: " + lp[1] + " (" + ((long)buf[3] << 32 | (uint)buf[2]) + ")");
        byte* bp = (byte*)buf; buf[0] = 0x11223344; Console.WriteLine("bytes of 0x11223344: " + bp[0].ToString("X2") + bp[1].ToString("X2") + bp[2].ToString("X2") + bp[3].ToString("X2"));
        bp[1] = 0xFF; Console.WriteLine("after byte write: " + buf[0].ToString("X8"));
        short* sp = (short*)buf; sp[1] = -1; Console.WriteLine("after short write: " + buf[0].ToString("X8") + ", as uint: " + ((uint*)buf)[0]);
        Pt* pts = stackalloc Pt[3];
        for (int i = 0; i < 3; i++) { pts[i].X = i; pts[i].Y = i * 10; pts[i].Z = -i; }
        Pt* pp = pts + 2; Console.WriteLine("struct pointer ->: " + pp->X + " " + pp->Y + " " + pp->Z + ", stride " + ((byte*)(pts + 1) - (byte*)pts) + ", sizeof(Pt) " + sizeof(Pt));
        (*pp).X = 99; pp->Y += 1; Console.WriteLine("write via (*pp).X and pp->Y: " + pts[2].X + " " + pts[2].Y);
        int** pptr = &p; **pptr = 12345; Console.WriteLine("pointer to pointer write: " + *p);
        void* vp = buf; int* back = (int*)vp; Console.WriteLine("void* round trip: " + (back == buf));
        int local = 7; int* lptr = &local; *lptr += 1; Console.WriteLine("address of local: " + local);
        double d = 1.0; long bits = *(long*)&d; Console.WriteLine("double bits: " + bits.ToString("X16"));
        float f = -2.5f; Console.WriteLine("float bits: " + (*(uint*)&f).ToString("X8"));
        int* nul = null; Console.WriteLine("null pointer == null: " + (nul == null) + ", (long)null: " + (long)nul);
        try { int v = *nul; Console.WriteLine("read null: " + v); } catch (NullReferenceException) { Console.WriteLine("read through null pointer: NullReferenceException"); }
        char* cp = stackalloc char[4]; cp[0] = 'h'; cp[1] = 'i'; cp[2] = '\0'; Console.WriteLine("char buffer: " + new string(cp));
        ulong* up = (ulong*)buf; up[0] = ulong.MaxValue; Console.WriteLine("ulong write fills two ints: " + buf[0] + " " + buf[1]);
    }
}
