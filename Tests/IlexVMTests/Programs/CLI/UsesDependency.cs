// Calls into Dependency.dll (which the test removes) and exits with its answer.
class UsesDependency { static int Main() { return Dependency.Value(); } }
