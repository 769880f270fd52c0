// expected-error@+1 {{nope1}}
func.func @a() { return }
// -----
func.func @b() { return } // expected-error {{nope2}}
// ----- expected-error {{nope3}}
	"x.y"() : () -> () // expected-error@above {{nope4}}
