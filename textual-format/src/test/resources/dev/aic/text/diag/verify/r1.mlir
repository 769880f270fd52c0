// expected-error-re@+1 {{operation being {{pars(ed|ing)}} with an {{[a-z]+}} dialect}}
"foo.op"() : () -> ()
// -----
// expected-error@+1 {{operation being {{parsed}} with}}
"foo.op"() : () -> ()
// -----
// expected-error-re@+1 {{operation being {{(parsed}} with}}
"foo.op"() : () -> ()
// -----
// expected-error-re@+1 {{operation being {{parsed with}}
"foo.op"() : () -> ()
// -----
// expected-error-re@+1 {{{{[[:alpha:]]+}} being {{.*}}.}}
"foo.op"() : () -> ()
// -----
// expected-error-re@+1 {{^operation being parsed( with)?}}
"foo.op"() : () -> ()
