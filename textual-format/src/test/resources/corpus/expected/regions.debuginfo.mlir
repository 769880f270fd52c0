#loc3 = loc("input/regions.mlir":4:6)
#loc4 = loc("input/regions.mlir":4:15)
#loc9 = loc("input/regions.mlir":11:6)
module {
  %0:2 = "t.two"() : () -> (i32, i64) loc(#loc1)
  "t.region"(%0#0) ({
  ^bb0(%arg0: i32 loc("input/regions.mlir":4:6), %arg1: i64 loc("input/regions.mlir":4:15)):
    %1 = "t.add"(%arg0, %0#0) : (i32, i32) -> i32 loc(#loc5)
    "t.cond_br"(%1)[^bb1, ^bb2] : (i32) -> () loc(#loc6)
  ^bb1:  // pred: ^bb0
    "t.br"(%1)[^bb3] : (i32) -> () loc(#loc7)
  ^bb2:  // pred: ^bb0
    "t.br"(%arg0)[^bb3] : (i32) -> () loc(#loc8)
  ^bb3(%2: i32 loc("input/regions.mlir":11:6)):  // 2 preds: ^bb1, ^bb2
    "t.region"() ({
      "t.use"(%2, %arg1) : (i32, i64) -> () loc(#loc11)
    }, {
      "t.end"() : () -> () loc(#loc12)
    }) : () -> () loc(#loc10)
    "t.return"(%2) : (i32) -> () loc(#loc13)
  }, {
  }) : (i32) -> () loc(#loc2)
  "t.graph"() ({
    %1 = "t.op"(%2) : (i32) -> i32 loc(#loc15)
    %2 = "t.op"(%1) : (i32) -> i32 loc(#loc16)
  }) : () -> () loc(#loc14)
} loc(#loc)
#loc = loc("input/regions.mlir":0:0)
#loc1 = loc("input/regions.mlir":2:8)
#loc2 = loc("input/regions.mlir":3:1)
#loc5 = loc("input/regions.mlir":5:8)
#loc6 = loc("input/regions.mlir":6:3)
#loc7 = loc("input/regions.mlir":8:3)
#loc8 = loc("input/regions.mlir":10:3)
#loc10 = loc("input/regions.mlir":12:3)
#loc11 = loc("input/regions.mlir":13:5)
#loc12 = loc("input/regions.mlir":16:5)
#loc13 = loc("input/regions.mlir":18:3)
#loc14 = loc("input/regions.mlir":21:1)
#loc15 = loc("input/regions.mlir":22:8)
#loc16 = loc("input/regions.mlir":23:8)

