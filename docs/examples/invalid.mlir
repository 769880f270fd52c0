// Diagnostics checked in place: run with --verify-diagnostics (exit 0 when every expected-*
// comment matches), or without it to see the errors as a user would.
//
//   bin/aic-opt --split-input-file --verify-diagnostics docs/examples/invalid.mlir
//   bin/aic-opt --split-input-file docs/examples/invalid.mlir

// expected-error@+1 {{custom op 'func' is unknown}}
func() {}

// -----

// expected-error@+1 {{can only contain attributes with dialect-prefixed names, found: 'plain'}}
module attributes {plain} {}
