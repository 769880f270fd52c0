func.func @a() { return }
//-----
func.func @b() { return }
// ---x
func.func @c() { return }
// -----0
func.func @d() { return }
// -----
