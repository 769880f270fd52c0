// Regions, blocks, successors, block arguments, result groups, forward references.
%0:2 = "t.two"() : () -> (i32, i64)
"t.region"(%0#0) ({
^bb0(%a: i32, %b: i64):
  %c = "t.add"(%a, %0#0) : (i32, i32) -> i32
  "t.cond_br"(%c) [^bb1, ^bb2] : (i32) -> ()
^bb1:
  "t.br"(%c) [^bb3] : (i32) -> ()
^bb2:
  "t.br"(%a) [^bb3] : (i32) -> ()
^bb3(%d: i32):
  "t.region"() ({
    "t.use"(%d, %b) : (i32, i64) -> ()
  }, {
  ^bb0:
    "t.end"() : () -> ()
  }) : () -> ()
  "t.return"(%d) : (i32) -> ()
}, {
}) : (i32) -> ()
"t.graph"() ({
  %x = "t.op"(%y) : (i32) -> i32
  %y = "t.op"(%x) : (i32) -> i32
}) : () -> ()
