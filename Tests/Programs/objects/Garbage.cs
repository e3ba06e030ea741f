// Allocation far beyond what stays live: a collector must reclaim it (run with a small heap in CI).
class Garbage {
    class Node { public Node Next; public long[] Payload; }
    static int Main() {
        Node keep = null;
        long total = 0;
        for (int i = 0; i < 200000; i++) {
            Node n = new Node(); n.Payload = new long[16]; n.Payload[3] = i;
            if (i % 1000 == 0) { n.Next = keep; keep = n; }
            total += n.Payload[3];
        }
        int count = 0; for (Node n = keep; n != null; n = n.Next) count++;
        return (int)((total + count) % 127);
    }
}
