// Stack traces through internal calls: an exception an icall raises (Type.GetType with
// throwOnError) or lets through (MethodInfo.Invoke) shows mono's "(wrapper managed-to-native)"
// frame; typeof folds to no call for the reported IL offsets; the last exception is unhandled
// (exit code 1, trace on stderr).
using System;
using System.Linq;
using System.Reflection;
class WrapperFrames {
    static string Mask(string s) {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < s.Length; i++) {
            if (s[i] == '<' && i + 33 < s.Length && s[i + 33] == '>') { sb.Append("<mvid>"); i += 33; } else sb.Append(s[i]);
        }
        return sb.ToString();
    }
    static void Boom() { throw new InvalidOperationException("boom"); }
    static void Main() {
        try { Type.GetType("Nope.X", true); } catch (Exception e) { Console.WriteLine(e.Message.StartsWith("Could not load type 'Nope.X' from assembly '")); Console.WriteLine(Mask(e.StackTrace)); }
        try { object o = Activator.CreateInstance(typeof(string)); } catch (Exception e) { Console.WriteLine(e.GetType().Name); Console.WriteLine(Mask(e.StackTrace)); }
        try { typeof(WrapperFrames).GetMethod("Boom", BindingFlags.NonPublic | BindingFlags.Static).Invoke(null, null); }
        catch (Exception e) { Console.WriteLine(Mask(e.ToString())); Console.WriteLine(Mask(e.InnerException.StackTrace)); }
        Type.GetType("Nope.Y", true);
    }
}
