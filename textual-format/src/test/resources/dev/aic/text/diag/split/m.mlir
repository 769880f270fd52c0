func.func @a() { return }
// ==== split
func.func @b() { return }
// ==x
func.func @c() { return }
