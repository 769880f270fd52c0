// Locations of every kind, printed with --mlir-print-debuginfo.
"t.a"() : () -> () loc("f.mlir":1:2)
"t.b"() : () -> () loc("f.mlir":1:2 to :5)
"t.c"() : () -> () loc("f.mlir":1:2 to 3:5)
"t.d"() : () -> () loc("name")
"t.e"() : () -> () loc("name"("f.mlir":3:4))
"t.f"() : () -> () loc(callsite("a"("x":1:1) at "y":2:2))
"t.g"() : () -> () loc(fused["a", "b":1:1])
"t.h"() : () -> () loc(fused<"meta">["a", "b":1:1])
"t.i"() : () -> () loc(unknown)
"t.j"() ({
^bb0(%arg0: i32 loc("arg":1:1)):
  "t.k"() : () -> () loc("inner":9:9)
}) : () -> ()
