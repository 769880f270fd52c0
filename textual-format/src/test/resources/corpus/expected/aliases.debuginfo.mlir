#map = affine_map<(d0) -> (d0 * 2)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<()[s0] -> (s0)>
#map3 = affine_map<(d0) -> (d0 + 1)>
#set = affine_set<(d0) : (d0 >= 0)>
module {
  "t.a"() {m1 = #map, m2 = #map1, s = #set} : () -> () loc(#loc1)
  "t.b"() {m1 = #map, m3 = #map2} : () -> () loc(#loc2)
  %0 = "t.c"() : () -> memref<4xf32, #map3> loc(#loc3)
} loc(#loc)
#loc = loc("input/aliases.mlir":0:0)
#loc1 = loc("input/aliases.mlir":3:1)
#loc2 = loc("input/aliases.mlir":4:1)
#loc3 = loc("input/aliases.mlir":5:6)

