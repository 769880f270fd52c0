package dev.aic.ir.type;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Context;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.OpaqueAttr;
import dev.aic.ir.attr.StridedLayoutAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.type.IntegerType.Signedness;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.collections.impl.factory.primitive.BooleanLists;
import org.eclipse.collections.impl.factory.primitive.LongLists;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builtin type prints as {@code mlir-opt-22} prints it; each expected string was obtained by
 * round-tripping {@code "test.op"() {t = TYPE} : () -> ()} through {@code mlir-opt-22
 * --allow-unregistered-dialect}.
 */
class TypePrintingTest {
  private static final Context CTX = new Context();
  private static final long Q = ShapedType.DYNAMIC;

  static Stream<Arguments> table() {
    Context c = CTX;
    FloatType f32 = FloatType.f32(c);
    IntegerType i32 = IntegerType.get(c, 32);
    IntegerType i64 = IntegerType.get(c, 64);
    return Stream.of(
        Arguments.of(IntegerType.get(c, 7), "i7"),
        Arguments.of(IntegerType.get(c, 8, Signedness.SIGNED), "si8"),
        Arguments.of(IntegerType.get(c, 64, Signedness.UNSIGNED), "ui64"),
        Arguments.of(IntegerType.get(c, IntegerType.MAX_WIDTH), "i16777215"),
        Arguments.of(IntegerType.get(c, 0), "i0"),
        Arguments.of(IndexType.get(c), "index"),
        Arguments.of(NoneType.get(c), "none"),
        Arguments.of(FloatType.bf16(c), "bf16"),
        Arguments.of(FloatType.tf32(c), "tf32"),
        Arguments.of(FloatType.f80(c), "f80"),
        Arguments.of(FloatType.get(c, FloatKind.F8E4M3B11FNUZ), "f8E4M3B11FNUZ"),
        Arguments.of(FloatType.get(c, FloatKind.F8E8M0FNU), "f8E8M0FNU"),
        Arguments.of(FloatType.get(c, FloatKind.F4E2M1FN), "f4E2M1FN"),
        Arguments.of(ComplexType.get(c, f32), "complex<f32>"),
        Arguments.of(ComplexType.get(c, IntegerType.get(c, 8, Signedness.SIGNED)), "complex<si8>"),
        Arguments.of(FunctionType.get(c, List.of(i32, f32), List.of(i64)), "(i32, f32) -> i64"),
        Arguments.of(FunctionType.get(c, List.of(), List.of()), "() -> ()"),
        Arguments.of(FunctionType.get(c, List.of(i32), List.of(i32, i32)), "(i32) -> (i32, i32)"),
        Arguments.of(
            FunctionType.get(c, List.of(), List.of(FunctionType.get(c, List.of(), List.of()))),
            "() -> (() -> ())"),
        Arguments.of(
            FunctionType.get(c, List.of(FunctionType.get(c, List.of(), List.of())), List.of(i32)),
            "(() -> ()) -> i32"),
        Arguments.of(TupleType.get(c, List.of(i32, f32)), "tuple<i32, f32>"),
        Arguments.of(TupleType.get(c, List.of(TupleType.get(c, List.of()))), "tuple<tuple<>>"),
        Arguments.of(
            TupleType.get(c, List.of(NoneType.get(c), UnrankedTensorType.get(c, f32))),
            "tuple<none, tensor<*xf32>>"),
        Arguments.of(RankedTensorType.get(c, new long[] {2, Q, 4}, f32), "tensor<2x?x4xf32>"),
        Arguments.of(RankedTensorType.get(c, new long[] {}, f32), "tensor<f32>"),
        Arguments.of(RankedTensorType.get(c, new long[] {0}, f32), "tensor<0xf32>"),
        Arguments.of(
            RankedTensorType.get(c, LongLists.immutable.of(4), f32, new StringAttr("enc")),
            "tensor<4xf32, \"enc\">"),
        Arguments.of(
            RankedTensorType.get(c, LongLists.immutable.of(4), f32, IntegerAttr.get(c, i64, 1)),
            "tensor<4xf32, 1 : i64>"),
        Arguments.of(
            RankedTensorType.get(
                c,
                LongLists.immutable.of(4),
                IntegerType.get(c, 1),
                OpaqueAttr.get(c, "foo", "enc")),
            "tensor<4xi1, #foo.enc>"),
        Arguments.of(
            RankedTensorType.get(c, new long[] {4}, VectorType.get(c, new long[] {2}, f32)),
            "tensor<4xvector<2xf32>>"),
        Arguments.of(
            RankedTensorType.get(c, new long[] {4}, OpaqueType.get(c, "foo", "bar")),
            "tensor<4x!foo.bar>"),
        Arguments.of(UnrankedTensorType.get(c, f32), "tensor<*xf32>"),
        Arguments.of(
            VectorType.get(
                c, LongLists.immutable.of(4, 8), f32, BooleanLists.immutable.of(true, false)),
            "vector<[4]x8xf32>"),
        Arguments.of(
            VectorType.get(
                c,
                LongLists.immutable.of(2, 4),
                IntegerType.get(c, 1),
                BooleanLists.immutable.of(false, true)),
            "vector<2x[4]xi1>"),
        Arguments.of(VectorType.get(c, new long[] {}, f32), "vector<f32>"),
        Arguments.of(VectorType.get(c, new long[] {4}, IndexType.get(c)), "vector<4xindex>"),
        Arguments.of(MemRefType.get(c, new long[] {4, Q}, f32), "memref<4x?xf32>"),
        Arguments.of(
            MemRefType.get(
                c,
                LongLists.immutable.of(4, Q),
                f32,
                StridedLayoutAttr.get(c, LongLists.immutable.of(Q, 1), Q),
                null),
            "memref<4x?xf32, strided<[?, 1], offset: ?>>"),
        Arguments.of(
            MemRefType.get(c, LongLists.immutable.of(4), f32, StridedLayoutAttr.get(c, 1), null),
            "memref<4xf32, strided<[1]>>"),
        Arguments.of(
            MemRefType.get(c, LongLists.immutable.of(), f32, StridedLayoutAttr.get(c), null),
            "memref<f32, strided<[]>>"),
        Arguments.of(
            MemRefType.get(
                c,
                LongLists.immutable.of(4),
                f32,
                StridedLayoutAttr.get(c, 1),
                IntegerAttr.get(c, i64, 3)),
            "memref<4xf32, strided<[1]>, 3>"),
        Arguments.of(
            MemRefType.get(c, LongLists.immutable.of(4), f32, null, IntegerAttr.get(c, i64, 1)),
            "memref<4xf32, 1>"),
        Arguments.of(
            MemRefType.get(c, LongLists.immutable.of(4), f32, null, IntegerAttr.get(c, i32, 1)),
            "memref<4xf32, 1 : i32>"),
        Arguments.of(
            MemRefType.get(c, LongLists.immutable.of(4), f32, null, IntegerAttr.get(c, i32, 0)),
            "memref<4xf32>"),
        Arguments.of(
            MemRefType.get(c, LongLists.immutable.of(4), f32, null, new StringAttr("x")),
            "memref<4xf32, \"x\">"),
        Arguments.of(
            MemRefType.get(
                c,
                LongLists.immutable.of(4),
                f32,
                null,
                OpaqueAttr.get(c, "gpu", "address_space<workgroup>")),
            "memref<4xf32, #gpu.address_space<workgroup>>"),
        Arguments.of(
            MemRefType.get(c, new long[] {4}, MemRefType.get(c, new long[] {2}, f32)),
            "memref<4xmemref<2xf32>>"),
        Arguments.of(
            MemRefType.get(c, new long[] {4}, ComplexType.get(c, f32)), "memref<4xcomplex<f32>>"),
        Arguments.of(
            UnrankedMemRefType.get(c, f32, IntegerAttr.get(c, i64, 2)), "memref<*xf32, 2>"),
        Arguments.of(UnrankedMemRefType.get(c, f32, IntegerAttr.get(c, i64, 0)), "memref<*xf32>"),
        Arguments.of(
            OpaqueType.get(c, "dialect", "anything<kept verbatim>"),
            "!dialect.anything<kept verbatim>"),
        Arguments.of(OpaqueType.get(c, "foo", "\"x y\""), "!foo<\"x y\">"));
  }

  @ParameterizedTest
  @MethodSource("table")
  void printsAsMlirOpt(Type type, String expected) {
    assertEquals(expected, type.toString());
  }
}
