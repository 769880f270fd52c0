// expected-error@+1 {{expected ')' to end operand list}}
"t.a"( : () -> ()
// -----
"t.b"() : () -> ()
// -----
// expected-error@+1 {{use of undeclared SSA value name}}
"t.c"(%nope) : (i32) -> ()
