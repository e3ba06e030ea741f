// Compiled into Dependency.dll next to UsesDependency.exe, then deleted to make it missing.
public class Dependency { public static int Value() { return 42; } }
