"foo.use"(%late) : (tensor<4x?xf32>) -> ()
%late = "foo.def"() {"a|b" = "x", "q\"n" = 1 : i8} : () -> tensor<4x?xf32>
%r = "foo.reg"() ({
^bb0(%arg: tensor<2x3x4xf32>):
  "foo.t"() : () -> ()
}) : () -> tensor<4x?xf32>
"foo|x<y>"() : () -> ()
"foo.z"() {d = dense<[[1,2],[3,4]]> : tensor<2x2xi32>, e = dense<"0x0102030405060708091011121314151617"> : tensor<17xi8>, big = dense<0> : tensor<100xi32>, s = dense<[1.5, 2.5]> : vector<2xf32>, str = "a\\b", loc = loc("x":1:2), f = 1.5 : f32, b = true, sym = @foo, sr = @a::@b, ty = !foo<"bar">, o = #foo.attr<1>, arr17 = [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16], i = 3 : index, ap = array<i32: 1, 2>, dr = dense_resource<blob> : tensor<2xi32>} : () -> ()
