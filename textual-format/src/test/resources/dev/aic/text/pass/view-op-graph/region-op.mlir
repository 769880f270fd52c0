%a = "foo.src"() : () -> i32
%r:2 = "foo.region"(%a) ({
^bb0(%x: i32):
  "foo.inner"(%x, %a) : (i32, i32) -> ()
  "foo.br"()[^bb1, ^bb2] : () -> ()
^bb1:
  "foo.yield"() : () -> ()
^bb2(%q: i64, %w: i64):
  "foo.yield"() : () -> ()
}, {
  "foo.empty"() : () -> ()
}) {attr1 = "a long string attribute that goes on and on and on and on", d = dense<[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]> : tensor<17xi32>, sp = dense<1.0> : tensor<4x4xf32>, arr = [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17], un, ty = tensor<4x?xf32>, m = affine_map<(d0) -> (d0)>} : (i32) -> (i32, f32)
"foo.use"(%r#0, %r#1, %a) {x = {a = 1, b = "s|{<>}"}} : (i32, f32, i32) -> ()
"foo.noresult"() : () -> ()
