// view-op-graph writes the Graphviz graph mlir-opt 22 writes, to standard error; the expected
// lines are mlir-opt-22's output for this file.
// RUN: aic-opt %s --allow-unregistered-dialect --view-op-graph 2>&1 >/dev/null | FileCheck %s
// RUN: aic-opt %s --allow-unregistered-dialect --view-op-graph="print-attrs=false print-result-types=false print-control-flow-edges=true print-data-flow-edges=false" 2>&1 >/dev/null | FileCheck %s --check-prefix=OPTS
// RUN: aic-opt %s --allow-unregistered-dialect --view-op-graph=max-label-len=4 2>&1 >/dev/null | FileCheck %s --check-prefix=LEN
// RUN: not aic-opt %s --allow-unregistered-dialect --view-op-graph=max-label-len=-1 2>&1 | FileCheck %s --check-prefix=BAD

%0:2 = "foo.pair"() {name = "a|b", big = dense<7> : tensor<32xi8>} : () -> (i32, tensor<2xf32>)
"foo.loop"(%0#0) ({
^bb0(%i: index):
  "foo.body"(%i, %0#1, %i) : (index, tensor<2xf32>, index) -> ()
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.end"() : () -> ()
}) {dims = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]} : (i32) -> ()
"foo.pair"(%0#1) : (tensor<2xf32>) -> ()


// Defaults: attributes, result types and data-flow edges; a value used twice has one port.
// CHECK: digraph G {
// CHECK-NEXT:   compound = true;
// CHECK-NEXT:   subgraph cluster_1 {
// CHECK-NEXT:     v2 [label = " ", shape = plain];
// CHECK-NEXT:     label = "builtin.module : ()\l";
// CHECK-NEXT:     subgraph cluster_3 {
// CHECK-NEXT:       v4 [label = " ", shape = plain];
// CHECK-NEXT:       label = "";
// CHECK-NEXT:       v5 [fillcolor = "0.000000 0.3 0.95", label = "{foo.pair\l\lbig: dense\<7\> : tensor\<32xi8\>\lname: \"a\|b\"\l|{<res_0_0> %0#0 i32|<res_0_1> %0#1 tensor\<2xf32\>}}", shape = Mrecord, style = filled];
// CHECK-NEXT:       subgraph cluster_6 {
// CHECK-NEXT:         v7 [label = " ", shape = plain];
// CHECK-NEXT:         label = "foo.loop : ()\ldims: [...]\l";
// CHECK-NEXT:         subgraph cluster_8 {
// CHECK-NEXT:           v9 [label = " ", shape = plain];
// CHECK-NEXT:           label = "";
// CHECK-NEXT:           v10 [label = "<res_arg0> %arg0 index", shape = Mrecord];
// CHECK-NEXT:           v11 [fillcolor = "0.166667 0.3 0.95", label = "{{[{][{]}}<arg_arg0> %arg0|<arg_0_1> %0#1|<arg_arg0> %arg0}|foo.body\l}", shape = Mrecord, style = filled];
// CHECK-NEXT:           v12 [fillcolor = "0.333333 0.3 0.95", label = "{foo.br\l}", shape = Mrecord, style = filled];
// CHECK-NEXT:         }
// CHECK-NEXT:         subgraph cluster_13 {
// CHECK-NEXT:           v14 [label = " ", shape = plain];
// CHECK-NEXT:           label = "";
// CHECK-NEXT:           v15 [fillcolor = "0.500000 0.3 0.95", label = "{foo.end\l}", shape = Mrecord, style = filled];
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:       v16 [fillcolor = "0.000000 0.3 0.95", label = "{{[{][{]}}<arg_0_1> %0#1}|foo.pair\l}", shape = Mrecord, style = filled];
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   v10:res_arg0:s -> v11:arg_arg0:n[style = solid];
// CHECK-NEXT:   v5:res_0_1:s -> v11:arg_0_1:n[style = solid];
// CHECK-NEXT:   v10:res_arg0:s -> v11:arg_arg0:n[style = solid];
// CHECK-NEXT:   v5:res_0_0:s -> v7[lhead = cluster_6, style = solid];
// CHECK-NEXT:   v5:res_0_1:s -> v16:arg_0_1:n[style = solid];
// CHECK-NEXT: }

// No attributes or types, control-flow edges between consecutive ops instead of data flow.
// OPTS: digraph G {
// OPTS-NEXT:   compound = true;
// OPTS-NEXT:   subgraph cluster_1 {
// OPTS-NEXT:     v2 [label = " ", shape = plain];
// OPTS-NEXT:     label = "builtin.module";
// OPTS-NEXT:     subgraph cluster_3 {
// OPTS-NEXT:       v4 [label = " ", shape = plain];
// OPTS-NEXT:       label = "";
// OPTS-NEXT:       v5 [fillcolor = "0.000000 0.3 0.95", label = "{foo.pair\l|{<res_0_0> %0#0|<res_0_1> %0#1}}", shape = Mrecord, style = filled];
// OPTS-NEXT:       subgraph cluster_6 {
// OPTS-NEXT:         v7 [label = " ", shape = plain];
// OPTS-NEXT:         label = "foo.loop";
// OPTS-NEXT:         subgraph cluster_8 {
// OPTS-NEXT:           v9 [label = " ", shape = plain];
// OPTS-NEXT:           label = "";
// OPTS-NEXT:           v10 [label = "<res_arg0> %arg0", shape = Mrecord];
// OPTS-NEXT:           v11 [fillcolor = "0.166667 0.3 0.95", label = "{{[{][{]}}<arg_arg0> %arg0|<arg_0_1> %0#1|<arg_arg0> %arg0}|foo.body\l}", shape = Mrecord, style = filled];
// OPTS-NEXT:           v12 [fillcolor = "0.333333 0.3 0.95", label = "{foo.br\l}", shape = Mrecord, style = filled];
// OPTS-NEXT:         }
// OPTS-NEXT:         subgraph cluster_13 {
// OPTS-NEXT:           v14 [label = " ", shape = plain];
// OPTS-NEXT:           label = "";
// OPTS-NEXT:           v15 [fillcolor = "0.500000 0.3 0.95", label = "{foo.end\l}", shape = Mrecord, style = filled];
// OPTS-NEXT:         }
// OPTS-NEXT:       }
// OPTS-NEXT:       v16 [fillcolor = "0.000000 0.3 0.95", label = "{{[{][{]}}<arg_0_1> %0#1}|foo.pair\l}", shape = Mrecord, style = filled];
// OPTS-NEXT:     }
// OPTS-NEXT:   }
// OPTS-NEXT:   v11 -> v12[style = dashed];
// OPTS-NEXT:   v5 -> v7[lhead = cluster_6, style = dashed];
// OPTS-NEXT:   v7 -> v16[ltail = cluster_6, style = dashed];
// OPTS-NEXT: }

// Attribute and type texts are cut after max-label-len characters, then escaped; splats and
// elided elements/arrays are not cut.
// LEN:       v5 [fillcolor = "0.000000 0.3 0.95", label = "{foo.pair\l\lbig: dense\<7\> : tensor\<32xi8\>\lname: \"a\|b...\l|{<res_0_0> %0#0 i32|<res_0_1> %0#1 tens...}}", shape = Mrecord, style = filled];
// LEN:         label = "foo.loop : ()\ldims: [...]\l";

// BAD: for the --max-label-len option: '-1' value invalid for uint argument!
