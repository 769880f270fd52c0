func.func @a() {
  return
}
// -----
func.func @b() {
  return
}
// ----- trailing
func.func @c() {
  return
}
//-----
// ------
func.func @d() { return }
  // -----
func.func @e() { return } // -----
func.func @g() { return }
