func.func @f() {
  return
}
// expected-error@+1 {{redefinition}}
func.func @f() {
  return
}
