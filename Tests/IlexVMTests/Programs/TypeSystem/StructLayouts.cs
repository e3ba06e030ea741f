// Struct sizes and field offsets as mono lays them out: "sizeof T = N" (the IL sizeof) and
// "offset T::field = N" (from the start of the value). Only unmanaged structs: C# takes their address.
using System;
using System.Runtime.InteropServices;

struct Mixed { public byte a; public long b; public short c; public double d; public bool e; public char f; public float g; }
struct Small { public byte a; public byte b; public short c; }
struct Empty { }
struct Nested { public byte tag; public Small inner; public int after; }
struct NestedWide { public byte tag; public Mixed inner; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] struct Packed1 { public byte a; public long b; public short c; }
[StructLayout(LayoutKind.Sequential, Pack = 2)] struct Packed2 { public byte a; public long b; public byte c; }
[StructLayout(LayoutKind.Sequential, Pack = 4)] struct Packed4 { public byte a; public long b; public byte c; }
[StructLayout(LayoutKind.Sequential, Size = 32)] struct Sized32 { public int a; public byte b; }
[StructLayout(LayoutKind.Sequential, Size = 2)] struct SizedSmall { public int a; public int b; }
[StructLayout(LayoutKind.Explicit)] struct Union { [FieldOffset(0)] public int i; [FieldOffset(0)] public float f; [FieldOffset(0)] public byte b0; [FieldOffset(3)] public byte b3; }
[StructLayout(LayoutKind.Explicit)] struct Gap { [FieldOffset(0)] public byte a; [FieldOffset(9)] public byte b; }
[StructLayout(LayoutKind.Explicit)] struct GapLong { [FieldOffset(0)] public long a; [FieldOffset(9)] public byte b; }
[StructLayout(LayoutKind.Explicit, Size = 24)] struct ExplicitSized { [FieldOffset(4)] public int a; }
[StructLayout(LayoutKind.Explicit, Pack = 1)] struct ExplicitPacked { [FieldOffset(1)] public long a; [FieldOffset(0)] public byte b; }
enum ByteEnum : byte { A } 
enum LongEnum : long { A }
struct WithEnums { public ByteEnum a; public LongEnum b; public ByteEnum c; }
unsafe struct WithPointers { public byte a; public IntPtr p; public int* q; public UIntPtr u; }
unsafe struct WithFixed { public byte a; public fixed byte buf[5]; public short s; public fixed long longs[2]; }
struct Pair<A, B> { public A first; public B second; }
struct Wrapper { public byte x; public Pair<byte, long> pair; }
struct Chars { public char a; public byte b; public char c; }
struct Bools { public bool a; public bool b; public int c; }
struct Doubles { public float a; public double b; }

unsafe class Layouts {
    static void Size(string type, int size) { Console.WriteLine("sizeof " + type + " = " + size); }
    static void Offset(string type, string field, byte* start, byte* at) { Console.WriteLine("offset " + type + "::" + field + " = " + (at - start)); }

    static int ElementSize<T>() {
        var array = new T[2];
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        long spacing = (long)Marshal.UnsafeAddrOfPinnedArrayElement(array, 1) - (long)Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        handle.Free();
        return (int)spacing;
    }

    static void Main() {
        Mixed m; byte* p = (byte*)&m;
        Size(typeof(Mixed).ToString(), sizeof(Mixed));
        Offset(typeof(Mixed).ToString(), "a", p, (byte*)&m.a); Offset(typeof(Mixed).ToString(), "b", p, (byte*)&m.b);
        Offset(typeof(Mixed).ToString(), "c", p, (byte*)&m.c); Offset(typeof(Mixed).ToString(), "d", p, (byte*)&m.d);
        Offset(typeof(Mixed).ToString(), "e", p, (byte*)&m.e); Offset(typeof(Mixed).ToString(), "f", p, (byte*)&m.f);
        Offset(typeof(Mixed).ToString(), "g", p, (byte*)&m.g);

        Small s; p = (byte*)&s;
        Size(typeof(Small).ToString(), sizeof(Small));
        Offset(typeof(Small).ToString(), "c", p, (byte*)&s.c);
        Size(typeof(Empty).ToString(), sizeof(Empty));

        Nested n; p = (byte*)&n;
        Size(typeof(Nested).ToString(), sizeof(Nested));
        Offset(typeof(Nested).ToString(), "inner", p, (byte*)&n.inner); Offset(typeof(Nested).ToString(), "after", p, (byte*)&n.after);
        NestedWide nw; p = (byte*)&nw;
        Size(typeof(NestedWide).ToString(), sizeof(NestedWide));
        Offset(typeof(NestedWide).ToString(), "inner", p, (byte*)&nw.inner);

        Packed1 p1; p = (byte*)&p1;
        Size(typeof(Packed1).ToString(), sizeof(Packed1));
        Offset(typeof(Packed1).ToString(), "b", p, (byte*)&p1.b); Offset(typeof(Packed1).ToString(), "c", p, (byte*)&p1.c);
        Packed2 p2; p = (byte*)&p2;
        Size(typeof(Packed2).ToString(), sizeof(Packed2));
        Offset(typeof(Packed2).ToString(), "b", p, (byte*)&p2.b); Offset(typeof(Packed2).ToString(), "c", p, (byte*)&p2.c);
        Packed4 p4; p = (byte*)&p4;
        Size(typeof(Packed4).ToString(), sizeof(Packed4));
        Offset(typeof(Packed4).ToString(), "b", p, (byte*)&p4.b); Offset(typeof(Packed4).ToString(), "c", p, (byte*)&p4.c);

        Size(typeof(Sized32).ToString(), sizeof(Sized32));
        Size(typeof(SizedSmall).ToString(), sizeof(SizedSmall));

        Union u; p = (byte*)&u;
        Size(typeof(Union).ToString(), sizeof(Union));
        Offset(typeof(Union).ToString(), "f", p, (byte*)&u.f); Offset(typeof(Union).ToString(), "b3", p, (byte*)&u.b3);
        Size(typeof(Gap).ToString(), sizeof(Gap));
        Size(typeof(GapLong).ToString(), sizeof(GapLong));
        ExplicitSized es; p = (byte*)&es;
        Size(typeof(ExplicitSized).ToString(), sizeof(ExplicitSized));
        Offset(typeof(ExplicitSized).ToString(), "a", p, (byte*)&es.a);
        ExplicitPacked ep; p = (byte*)&ep;
        Size(typeof(ExplicitPacked).ToString(), sizeof(ExplicitPacked));
        Offset(typeof(ExplicitPacked).ToString(), "a", p, (byte*)&ep.a);

        WithEnums we; p = (byte*)&we;
        Size(typeof(WithEnums).ToString(), sizeof(WithEnums));
        Offset(typeof(WithEnums).ToString(), "b", p, (byte*)&we.b); Offset(typeof(WithEnums).ToString(), "c", p, (byte*)&we.c);
        Size(typeof(ByteEnum).ToString(), sizeof(ByteEnum));
        Size(typeof(LongEnum).ToString(), sizeof(LongEnum));

        WithPointers wp; p = (byte*)&wp;
        Size(typeof(WithPointers).ToString(), sizeof(WithPointers));
        Offset(typeof(WithPointers).ToString(), "p", p, (byte*)&wp.p); Offset(typeof(WithPointers).ToString(), "q", p, (byte*)&wp.q);
        Offset(typeof(WithPointers).ToString(), "u", p, (byte*)&wp.u);

        WithFixed wf; p = (byte*)&wf;
        Size(typeof(WithFixed).ToString(), sizeof(WithFixed));
        Offset(typeof(WithFixed).ToString(), "buf", p, (byte*)wf.buf); Offset(typeof(WithFixed).ToString(), "s", p, (byte*)&wf.s);
        Offset(typeof(WithFixed).ToString(), "longs", p, (byte*)wf.longs);

        // C# cannot take the address of a generic struct: measure the element spacing of an array.
        Size(typeof(Pair<byte, long>).ToString(), ElementSize<Pair<byte, long>>());
        Size(typeof(Pair<int, short>).ToString(), ElementSize<Pair<int, short>>());
        Size(typeof(Pair<Small, byte>).ToString(), ElementSize<Pair<Small, byte>>());
        Size(typeof(Wrapper).ToString(), ElementSize<Wrapper>());
        Chars c; p = (byte*)&c;
        Size(typeof(Chars).ToString(), sizeof(Chars));
        Offset(typeof(Chars).ToString(), "c", p, (byte*)&c.c);
        Bools b; p = (byte*)&b;
        Size(typeof(Bools).ToString(), sizeof(Bools));
        Offset(typeof(Bools).ToString(), "c", p, (byte*)&b.c);
        Doubles d; p = (byte*)&d;
        Size(typeof(Doubles).ToString(), sizeof(Doubles));
        Offset(typeof(Doubles).ToString(), "b", p, (byte*)&d.b);

        Size(typeof(DateTime).ToString(), sizeof(DateTime));
        Size(typeof(decimal).ToString(), sizeof(decimal));
        Size(typeof(Guid).ToString(), sizeof(Guid));
        Size(typeof(TimeSpan).ToString(), sizeof(TimeSpan));
        Size(typeof(DateTimeOffset).ToString(), sizeof(DateTimeOffset));
        Size(typeof(long?).ToString(), sizeof(long?));
        Size(typeof(KeyValuePairLike).ToString(), sizeof(KeyValuePairLike));
        Size(typeof(System.Collections.Generic.KeyValuePair<int, byte>).ToString(), ElementSize<System.Collections.Generic.KeyValuePair<int, byte>>());
        Size(typeof(int?).ToString(), ElementSize<int?>());
    }
}
struct KeyValuePairLike { public short k; public double v; }
