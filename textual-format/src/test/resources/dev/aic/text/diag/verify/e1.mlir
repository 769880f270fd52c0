// expected-error-re@+1 {{operation{{}} being}}
"foo.op"() : () -> ()
// -----
// expected-error-re@+1 {{}}
"foo.op"() : () -> ()
