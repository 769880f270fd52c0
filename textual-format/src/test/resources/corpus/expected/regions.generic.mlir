"builtin.module"() ({
  %0:2 = "t.two"() : () -> (i32, i64)
  "t.region"(%0#0) ({
  ^bb0(%arg0: i32, %arg1: i64):
    %3 = "t.add"(%arg0, %0#0) : (i32, i32) -> i32
    "t.cond_br"(%3)[^bb1, ^bb2] : (i32) -> ()
  ^bb1:  // pred: ^bb0
    "t.br"(%3)[^bb3] : (i32) -> ()
  ^bb2:  // pred: ^bb0
    "t.br"(%arg0)[^bb3] : (i32) -> ()
  ^bb3(%4: i32):  // 2 preds: ^bb1, ^bb2
    "t.region"() ({
      "t.use"(%4, %arg1) : (i32, i64) -> ()
    }, {
      "t.end"() : () -> ()
    }) : () -> ()
    "t.return"(%4) : (i32) -> ()
  }, {
  }) : (i32) -> ()
  "t.graph"() ({
    %1 = "t.op"(%2) : (i32) -> i32
    %2 = "t.op"(%1) : (i32) -> i32
  }) : () -> ()
}) : () -> ()

