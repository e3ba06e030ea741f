// A field read through null that nothing catches: exit 1 on mono.
class Box { public int V; }
class NullReference { static Box Make() { return null; } static int Main() { return Make().V; } }
