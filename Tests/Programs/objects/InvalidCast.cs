// A failed castclass that nothing catches: exit 1 on mono.
class A { } class B { }
class InvalidCast { static int Main() { object o = new A(); B b = (B)o; return b == null ? 2 : 3; } }
