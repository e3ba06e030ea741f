// Exit code only: objects, virtual calls, interface calls, arrays of structs, boxing and a linked
// list built and walked, folded into a checksum with no Console output.
interface IVal { int Val(); }
class Node : IVal { public int V; public Node Next; public virtual int Val() { return V; } }
class Twice : Node { public override int Val() { return V * 2; } }
struct S : IVal { public int A; public int Val() { return A + 1; } }
class ChecksumObjects {
    static int Main() {
        Node head = null;
        for (int i = 0; i < 200; i++) { Node n = i % 3 == 0 ? new Twice() : new Node(); n.V = i; n.Next = head; head = n; }
        long sum = 0; int count = 0;
        for (Node n = head; n != null; n = n.Next) { sum = sum * 31 + n.Val(); IVal iv = n; sum ^= iv.Val(); count++; }
        S[] ss = new S[50]; for (int i = 0; i < ss.Length; i++) ss[i].A = i * i;
        object[] boxes = new object[50]; for (int i = 0; i < 50; i++) boxes[i] = ss[i];
        for (int i = 0; i < 50; i++) { sum += ((IVal)boxes[i]).Val(); sum += ((S)boxes[i]).A; }
        string str = ""; for (int i = 0; i < 20; i++) str += (char)('a' + i); sum += str.Length * 1000 + str[7];
        return (int)(((sum % 1000003) + count) % 256);
    }
}
