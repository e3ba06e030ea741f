// Deep recursion raises StackOverflowException that managed code can catch (mono's JIT does; finally blocks run while unwinding), repeatedly; then an uncaught one ends the program
using System;
class P { static int depth; static int F(int x) { depth++; return F(x+1)+1; }
static int G(int x) { try { return G(x+1) + 1; } finally { depth--; } }
static void Main() {
  for (int i = 0; i < 3; i++) { try { depth = 0; F(0); } catch (StackOverflowException e) { Console.WriteLine("caught " + e.GetType().Name + " " + (depth > 1000)); } }
  try { depth = 0; G(0); } catch (StackOverflowException) { Console.WriteLine("G " + (depth < 0)); }
  F(0);
} }
