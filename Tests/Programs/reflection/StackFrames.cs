// Live stack frames: new StackFrame(n) and new StackTrace() from nested calls (IL offset 0 as mono
// reports it without debug symbols), a frame beyond the stack, GetCurrentMethod inside a lambda.
using System;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
class StackFrames {
  [MethodImpl(MethodImplOptions.NoInlining)] static void Inner(int x) {
    Console.WriteLine("x"); Console.WriteLine("y");
    var f = new StackFrame(0); Console.WriteLine(f.GetMethod().Name + " " + f.GetILOffset() + " " + (f.GetFileName() == null) + " " + f.GetFileLineNumber());
    var f1 = new StackFrame(1); Console.WriteLine(f1.GetMethod().Name + " " + f1.GetILOffset());
    var t = new StackTrace(); Console.WriteLine(t.FrameCount + " " + t.GetFrame(0).GetMethod().Name + " " + t.GetFrame(1).GetMethod().Name + " " + t.GetFrame(0).GetILOffset() + " " + t.GetFrame(1).GetILOffset());
    var text = t.ToString().Replace("\n", "|");
    int open = text.IndexOf('<');
    while (open >= 0 && open + 33 < text.Length && text[open + 33] == '>') { text = text.Substring(0, open) + "<mvid>" + text.Substring(open + 34); open = text.IndexOf('<', open + 1); }
    Console.WriteLine(text);
    Console.WriteLine(new StackTrace(1).GetFrame(0).GetMethod().Name + " " + (new StackFrame(50).GetMethod() == null));
  }
  static void Main() { Console.WriteLine("start"); Inner(5); Action a = () => Console.WriteLine(MethodBase.GetCurrentMethod().Name); a(); }
}
