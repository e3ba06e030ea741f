// An exception nobody catches: mono prints it and exits with code 1; the finally block in Main is
// not run before that on mono (the process ends in the first pass), so stdout stays empty.
using System;
class Unhandled {
    static int Main() {
        try { throw new InvalidOperationException("nobody catches this"); }
        finally { }
    }
}
