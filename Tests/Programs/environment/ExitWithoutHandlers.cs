// Environment.Exit with no ProcessExit handler, the AppDomain never asked for; output written
// before is all there.
using System;

class ExitWithoutHandlers {
    static void Main() {
        for (int i = 0; i < 3; i++) Console.Write("line " + i + "\n");
        Console.Out.Write("no newline at the end");
        Environment.Exit(3);
    }
}
