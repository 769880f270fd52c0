"foo.a"() ({
^bb0(%x: i32, %y: f32):
  %0 = "foo.b"(%x, %x) {foo = 1 : i64, s = "q\"x\n", arr = [1,2,3]} : (i32, i32) -> i32
  "foo.br"(%0)[^bb1] : (i32) -> ()
^bb1(%z: i32):
  "foo.ret"(%z, %y) : (i32, f32) -> ()
}) : () -> ()
%c:2 = "foo.c"() : () -> (i32, tensor<2xf32>)
"foo.use"(%c#1) : (tensor<2xf32>) -> ()
