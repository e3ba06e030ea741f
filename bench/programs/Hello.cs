// Start-up: the smallest program that prints through Console.
using System;
static class Hello { static int Main() { Console.WriteLine("checksum hello"); return 0; } }
