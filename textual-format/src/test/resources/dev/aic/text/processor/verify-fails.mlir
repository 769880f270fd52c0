// expected-error@+1 {{this will not be reported}}
"t.a"() : () -> ()
// -----
"t.b"(%x) : (i32) -> ()
