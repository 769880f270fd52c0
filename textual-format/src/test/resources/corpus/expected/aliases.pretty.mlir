#map = affine_map<(d0) -> (d0 * 2)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<()[s0] -> (s0)>
#map3 = affine_map<(d0) -> (d0 + 1)>
#set = affine_set<(d0) : (d0 >= 0)>
module {
  "t.a"() {m1 = #map, m2 = #map1, s = #set} : () -> ()
  "t.b"() {m1 = #map, m3 = #map2} : () -> ()
  %0 = "t.c"() : () -> memref<4xf32, #map3>
}

