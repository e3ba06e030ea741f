// Objects on the heap: construction with field initializers and base constructors, fields of
// every type, virtual and interface calls, new slots, abstract methods, recursion over linked
// objects; the exit code is a checksum.
abstract class Shape {
    public int Id;
    protected Shape(int id) { Id = id; }
    public abstract long Area();
    public virtual int Sides() { return 0; }
    public int Describe() { return Id * 100 + Sides(); }
}
class Square : Shape {
    long side;
    public Square(int id, long side) : base(id) { this.side = side; }
    public override long Area() { return side * side; }
    public override int Sides() { return 4; }
}
class Triangle : Shape {
    public double Base = 3, Height = 4;
    public Triangle(int id) : base(id) { }
    public override long Area() { return (long)(Base * Height / 2); }
    public override int Sides() { return 3; }
}
sealed class Cube : Square {
    public Cube(int id, long side) : base(id, side) { }
    public override long Area() { return base.Area() * 6; }
    public new int Sides() { return 12; }
}
interface ICounter { int Next(); int Count { get; } }
class Counter : ICounter {
    int count;
    public int Next() { return ++count; }
    public int Count { get { return count; } }
}
class Node { public int Value; public Node Next; public Node(int v, Node n) { Value = v; Next = n; } }
struct Pair { public Node A; public int B; }
class Holder { public Pair P; public byte Small; public char Letter; public bool Flag; public float F; }

class Classes {
    static long Mix(long sum, long value) { return sum * 1000003 ^ value; }
    static int Length(Node n) { return n == null ? 0 : 1 + Length(n.Next); }
    static int Main() {
        long sum = 23;
        Shape[] shapes = { new Square(1, 5), new Triangle(2), new Cube(3, 2) };
        for (int i = 0; i < shapes.Length; i++) { sum = Mix(sum, shapes[i].Area()); sum = Mix(sum, shapes[i].Describe()); }
        Cube c = (Cube)shapes[2]; sum = Mix(sum, c.Sides()); sum = Mix(sum, ((Square)c).Sides());
        ICounter counter = new Counter();
        for (int i = 0; i < 10; i++) counter.Next();
        sum = Mix(sum, counter.Count);
        Node list = null;
        for (int i = 0; i < 1000; i++) list = new Node(i, list);
        sum = Mix(sum, Length(list)); sum = Mix(sum, list.Value); sum = Mix(sum, list.Next.Next.Value);
        Holder h = new Holder(); h.P.A = list; h.P.B = 7; h.Small = 250; h.Small += 10; h.Letter = 'z'; h.Flag = true; h.F = 1.25f;
        sum = Mix(sum, h.P.A.Value + h.P.B + h.Small + h.Letter + (h.Flag ? 1 : 0) + (long)(h.F * 4));
        object o = h; sum = Mix(sum, o is Holder ? 1 : 0); sum = Mix(sum, o is Shape ? 1 : 0);
        sum = Mix(sum, shapes[1] is Triangle ? 1 : 0); sum = Mix(sum, (shapes[0] as Cube) == null ? 1 : 0);
        return (int)((sum ^ (sum >> 17) ^ (sum >> 37)) & 0x7F);
    }
}
