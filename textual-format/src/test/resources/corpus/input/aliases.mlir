// Maps, sets and types used several times get aliases in mlir-opt's output.
#map = affine_map<(d0) -> (d0 * 2)>
"t.a"() {m1 = affine_map<(d0) -> (d0 * 2)>, m2 = affine_map<(d0, d1) -> (d1)>, s = affine_set<(d0) : (d0 >= 0)>} : () -> ()
"t.b"() {m1 = #map, m3 = affine_map<()[s0] -> (s0)>} : () -> ()
%0 = "t.c"() : () -> memref<4xf32, affine_map<(d0) -> (d0 + 1)>>
