// Static fields (of primitive and struct types) and type initializers: a beforefieldinit type's
// initializer runs before the method that first uses its fields; a precise type's (explicit static
// constructor) runs at its first access or static call, once; the order is recorded in a trace.
struct Counter { public int Hits; public long Total; }

class Eager {                       // field initializers only: beforefieldinit
    public static int Value = Trace.Record(1) + 41;
    public static Counter Stats;
}
class Precise {                     // explicit static constructor: precise
    public static int Value;
    static Precise() { Value = Trace.Record(2) * 10; }
    public static int Twice() { return Value * 2; }
}
class Chained {
    public static int Value;
    static Chained() { Value = Precise.Value + Trace.Record(3); }
}
static class Trace {
    public static long Order;
    public static int Count;
    public static int Record(int id) { Order = Order * 10 + id; Count++; return id; }
}

class Statics {
    static int local = 5;
    static int Main() {
        long sum = local;
        sum = sum * 31 + Eager.Value;
        Eager.Stats.Hits++; Eager.Stats.Total += 1000;
        Eager.Stats.Hits++;
        sum = sum * 31 + Eager.Stats.Hits + Eager.Stats.Total;
        sum = sum * 31 + Trace.Order;
        sum = sum * 31 + Precise.Twice();
        sum = sum * 31 + Chained.Value;
        sum = sum * 31 + Precise.Value;
        sum = sum * 31 + Trace.Order;
        sum = sum * 31 + Trace.Count;
        local = 77; sum = sum * 31 + local;
        return (int)((sum ^ (sum >> 7) ^ (sum >> 23)) & 0x7F);
    }
}
