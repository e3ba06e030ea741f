// Allocation and GC: the binary-trees benchmark (many short-lived trees, one long-lived).
using System;
class Node { public Node Left, Right; }
static class BinaryTrees {
    static Node Make(int depth) => depth == 0 ? new Node() : new Node { Left = Make(depth - 1), Right = Make(depth - 1) };
    static int Check(Node n) => n.Left == null ? 1 : 1 + Check(n.Left) + Check(n.Right);
    static int Main(string[] args) {
        int maxDepth = args.Length > 0 ? int.Parse(args[0]) : 16;
        long checksum = Check(Make(maxDepth + 1));
        Node longLived = Make(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            long sum = 0;
            for (int i = 0; i < iterations; i++) sum += Check(Make(depth));
            checksum += sum;
        }
        checksum += Check(longLived);
        Console.WriteLine("checksum " + checksum);
        return 0;
    }
}
