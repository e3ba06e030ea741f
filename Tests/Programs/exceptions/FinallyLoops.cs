// break, continue and goto out of try blocks inside loops: each runs the finally blocks it
// leaves (innermost first), continue in try/finally runs the finally every iteration, break from
// a catch, goto from a nested try to a label outside both, and a finally inside a finally.
using System;
using System.Text;
class FinallyLoops {
    static StringBuilder log = new StringBuilder();
    static void Main() {
        for (int i = 0; i < 4; i++) { try { if (i % 2 == 0) continue; log.Append("body" + i + " "); } finally { log.Append("f" + i + " "); } }
        Console.WriteLine("continue: " + log); log.Clear();
        for (int i = 0; i < 10; i++) { try { try { if (i == 1) break; } finally { log.Append("in" + i + " "); } } finally { log.Append("out" + i + " "); } }
        Console.WriteLine("break through two finallys: " + log); log.Clear();
        for (int i = 0; i < 5; i++) { try { if (i == 2) throw new Exception("e" + i); log.Append("ok" + i + " "); } catch (Exception e) { log.Append("catch " + e.Message + " "); break; } finally { log.Append("fin" + i + " "); } }
        Console.WriteLine("break from catch: " + log); log.Clear();
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) { try { try { if (i == 1 && j == 1) goto done; } finally { log.Append(i + "" + j + " "); } } finally { log.Append("| "); } }
        done:
        Console.WriteLine("goto out of nested loops and trys: " + log); log.Clear();
        try { try { log.Append("t "); } finally { try { log.Append("ff "); } finally { log.Append("fff "); } } } finally { log.Append("outer "); }
        Console.WriteLine("finally inside finally: " + log); log.Clear();
        int k = 0; while (true) { try { k++; if (k < 3) continue; break; } finally { log.Append("w" + k + " "); } }
        Console.WriteLine("while with continue and break: " + log); log.Clear();
        foreach (int v in new[] { 1, 2, 3 }) { try { if (v == 2) continue; log.Append("v" + v + " "); } finally { log.Append("e" + v + " "); } }
        Console.WriteLine("foreach continue: " + log); log.Clear();
        int n = 0; do { try { n++; if (n == 2) continue; log.Append("d" + n + " "); } finally { log.Append("df" + n + " "); } } while (n < 3);
        Console.WriteLine("do-while continue: " + log); log.Clear();
        switch (3) { case 3: try { log.Append("case3 "); break; } finally { log.Append("switch-finally "); } }
        Console.WriteLine("break out of switch in try: " + log);
    }
}
