package dev.aic.ir.attr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Context;
import dev.aic.ir.type.ComplexType;
import dev.aic.ir.type.FloatKind;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.IntegerType.Signedness;
import dev.aic.ir.type.MemRefType;
import dev.aic.ir.type.OpaqueType;
import dev.aic.ir.type.RankedTensorType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import dev.aic.ir.type.VectorType;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.collections.impl.factory.primitive.LongLists;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builtin attribute kind prints as {@code mlir-opt-22} prints it; each expected string was
 * obtained by round-tripping {@code "test.op"() {a = ATTR} : () -> ()} through {@code mlir-opt-22
 * --allow-unregistered-dialect}.
 */
class AttrPrintingTest {
  private static final Context C = new Context();

  private static ShapedType tensor(Type element, long... shape) {
    return RankedTensorType.get(C, shape, element);
  }

  static Stream<Arguments> table() {
    Context c = C;
    IntegerType i1 = IntegerType.get(c, 1);
    IntegerType i8 = IntegerType.get(c, 8);
    IntegerType i32 = IntegerType.get(c, 32);
    IntegerType i64 = IntegerType.get(c, 64);
    FloatType f16 = FloatType.f16(c);
    FloatType f32 = FloatType.f32(c);
    FloatType f64 = FloatType.f64(c);
    FloatType bf16 = FloatType.bf16(c);
    return Stream.of(
        // integers and booleans
        Arguments.of(IntegerAttr.get(c, IntegerType.get(c, 7), 1), "1 : i7"),
        Arguments.of(IntegerAttr.get(c, IntegerType.get(c, 8, Signedness.SIGNED), -3), "-3 : si8"),
        Arguments.of(
            IntegerAttr.get(
                c,
                IntegerType.get(c, 64, Signedness.UNSIGNED),
                new BigInteger("18446744073709551615")),
            "18446744073709551615 : ui64"),
        Arguments.of(IntegerAttr.get(c, i64, 42), "42 : i64"),
        Arguments.of(IntegerAttr.index(c, 42), "42 : index"),
        Arguments.of(IntegerAttr.get(c, i8, 255), "-1 : i8"),
        Arguments.of(
            IntegerAttr.get(c, IntegerType.get(c, 128), BigInteger.ONE.shiftLeft(127).negate()),
            "-170141183460469231731687303715884105728 : i128"),
        Arguments.of(BoolAttr.get(c, true), "true"),
        Arguments.of(IntegerAttr.get(c, i1, 1), "true"),
        Arguments.of(BoolAttr.get(c, false), "false"),
        // floats
        Arguments.of(FloatAttr.get(c, f16, 1.0), "1.000000e+00 : f16"),
        Arguments.of(FloatAttr.get(c, bf16, 1.5), "1.500000e+00 : bf16"),
        Arguments.of(FloatAttr.get(c, f32, 0.1), "1.000000e-01 : f32"),
        Arguments.of(FloatAttr.get(c, f64, 0.1), "1.000000e-01 : f64"),
        Arguments.of(FloatAttr.get(c, f64, 1e300), "1.000000e+300 : f64"),
        Arguments.of(FloatAttr.get(c, f64, -0.0), "-0.000000e+00 : f64"),
        Arguments.of(FloatAttr.get(c, f64, 0.333333333333), "0.33333333333300003 : f64"),
        Arguments.of(FloatAttr.get(c, f64, 123456789.0), "0x419D6F3454000000 : f64"),
        Arguments.of(FloatAttr.get(c, f32, 123456.7), "123456.703 : f32"),
        Arguments.of(FloatAttr.get(c, f32, 1234567.0), "0x4996B438 : f32"),
        Arguments.of(FloatAttr.get(c, f32, 3.4028235e38), "3.40282347E+38 : f32"),
        Arguments.of(FloatAttr.get(c, f32, 1.0e-40), "9.999940e-41 : f32"),
        Arguments.of(FloatAttr.get(c, f32, 1.4e-45), "1.401300e-45 : f32"),
        Arguments.of(FloatAttr.get(c, f64, 4.9e-324), "4.940660e-324 : f64"),
        Arguments.of(FloatAttr.get(c, f32, Float.NaN), "0x7FC00000 : f32"),
        Arguments.of(FloatAttr.fromBits(c, f32, 0x7FC00001L), "0x7FC00001 : f32"),
        Arguments.of(FloatAttr.get(c, f32, Double.NEGATIVE_INFINITY), "0xFF800000 : f32"),
        Arguments.of(FloatAttr.get(c, f16, 0.1), "9.997550e-02 : f16"),
        Arguments.of(FloatAttr.fromBits(c, f16, 0x7E00), "0x7E00 : f16"),
        Arguments.of(FloatAttr.get(c, bf16, 1.1), "1.101560e+00 : bf16"),
        Arguments.of(
            FloatAttr.fromText(c, FloatType.f80(c), "0.1"), "0.100000000000000005551 : f80"),
        Arguments.of(
            FloatAttr.fromText(c, FloatType.f80(c), "1.0e4932"), "0x7FFF8000000000000000 : f80"),
        Arguments.of(
            FloatAttr.fromText(c, FloatType.f128(c), "0.1"),
            "0.100000000000000005551115123125782702 : f128"),
        Arguments.of(FloatAttr.fromText(c, FloatType.tf32(c), "3.14159"), "3.140630e+00 : tf32"),
        Arguments.of(
            FloatAttr.fromText(c, FloatType.get(c, FloatKind.F8E4M3FN), "0.3"),
            "3.125000e-01 : f8E4M3FN"),
        Arguments.of(
            FloatAttr.fromText(c, FloatType.get(c, FloatKind.F8E5M2), "0.1"),
            "9.375000e-02 : f8E5M2"),
        Arguments.of(
            FloatAttr.fromBits(c, FloatType.get(c, FloatKind.F8E4M3FNUZ), 0x80),
            "0x80 : f8E4M3FNUZ"),
        Arguments.of(
            FloatAttr.fromBits(c, FloatType.get(c, FloatKind.F8E8M0FNU), 0),
            "5.877470e-39 : f8E8M0FNU"),
        Arguments.of(
            FloatAttr.fromBits(c, FloatType.get(c, FloatKind.F4E2M1FN), 0xF),
            "-6.000000e+00 : f4E2M1FN"),
        Arguments.of(
            FloatAttr.fromBits(c, FloatType.get(c, FloatKind.F6E3M2FN), 0x3F),
            "-2.800000e+01 : f6E3M2FN"),
        // arrays and elision of i64/f64
        Arguments.of(
            ArrayAttr.get(
                c,
                List.of(
                    FloatAttr.get(c, f64, 1.0),
                    FloatAttr.get(c, f32, 2.5),
                    IntegerAttr.get(c, i32, 3),
                    BoolAttr.get(c, true),
                    IntegerAttr.index(c, 4),
                    IntegerAttr.get(c, i64, 5),
                    new StringAttr("s", i32))),
            "[1.000000e+00, 2.500000e+00 : f32, 3 : i32, true, 4 : index, 5, \"s\" : i32]"),
        Arguments.of(ArrayAttr.get(c, List.of()), "[]"),
        Arguments.of(
            ArrayAttr.get(c, List.of(TypeAttr.get(c, i32), TypeAttr.get(c, f32))), "[i32, f32]"),
        Arguments.of(TypeAttr.get(c, i32), "i32"),
        Arguments.of(UnitAttr.INSTANCE, "unit"),
        // dense arrays
        Arguments.of(DenseArrayAttr.get(c, i32, 1, 2), "array<i32: 1, 2>"),
        Arguments.of(DenseArrayAttr.ofDoubles(c, f32, 1.0), "array<f32: 1.000000e+00>"),
        Arguments.of(
            DenseArrayAttr.ofDoubles(c, f64, 1.0, 0.1), "array<f64: 1.000000e+00, 1.000000e-01>"),
        Arguments.of(DenseArrayAttr.get(c, i1, 1, 0), "array<i1: true, false>"),
        Arguments.of(DenseArrayAttr.get(c, i64), "array<i64>"),
        Arguments.of(DenseArrayAttr.get(c, i8, 255, -1), "array<i8: -1, -1>"),
        Arguments.of(DenseArrayAttr.get(c, IntegerType.get(c, 24), 5), "array<i24: 5>"),
        Arguments.of(DenseArrayAttr.ofDoubles(c, bf16, 1.0), "array<bf16: 1.000000e+00>"),
        // dense elements
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(i8, 2), 1, 2),
            "dense<[1, 2]> : tensor<2xi8>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofDoubles(c, tensor(f32, 4), 1.0),
            "dense<1.000000e+00> : tensor<4xf32>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(i32, 2, 2), 1, 2, 3, 4),
            "dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(i32, 2, 3), 1, 2, 3, 1, 2, 3),
            "dense<[[1, 2, 3], [1, 2, 3]]> : tensor<2x3xi32>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(i32, 2), 1, 1), "dense<1> : tensor<2xi32>"),
        Arguments.of(DenseIntOrFPElementsAttr.ofLongs(c, tensor(i32), 5), "dense<5> : tensor<i32>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(i8, 1, 1, 1), 1),
            "dense<1> : tensor<1x1x1xi8>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofDoubles(c, tensor(ComplexType.get(c, f32), 2), 1.0, 2.0),
            "dense<(1.000000e+00,2.000000e+00)> : tensor<2xcomplex<f32>>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofDoubles(
                c, tensor(ComplexType.get(c, f32), 2), 1.0, 2.0, 3.0, 4.0),
            "dense<[(1.000000e+00,2.000000e+00), (3.000000e+00,4.000000e+00)]> : tensor<2xcomplex<f32>>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(ComplexType.get(c, i32), 1), 1, 2),
            "dense<(1,2)> : tensor<1xcomplex<i32>>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(i1, 2), 1, 0),
            "dense<[true, false]> : tensor<2xi1>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(i1, 3), 1), "dense<true> : tensor<3xi1>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(i1, 2, 1), 1, 0),
            "dense<[[true], [false]]> : tensor<2x1xi1>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofDoubles(c, tensor(f64, 2), 0.1, 0.5),
            "dense<[1.000000e-01, 5.000000e-01]> : tensor<2xf64>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(
                c, VectorType.get(c, new long[] {2}, IndexType.get(c)), 1, 2),
            "dense<[1, 2]> : vector<2xindex>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(i32, 0)), "dense<> : tensor<0xi32>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(f32, 0, 2)), "dense<> : tensor<0x2xf32>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(f32, 2), 0x7FC00000L),
            "dense<0x7FC00000> : tensor<2xf32>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(
                c, tensor(IntegerType.get(c, 8, Signedness.UNSIGNED), 2), 1, 255),
            "dense<[1, 255]> : tensor<2xui8>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(f16, 2), 0x3C00, 0x7C00),
            "dense<[1.000000e+00, 0x7C00]> : tensor<2xf16>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, tensor(IntegerType.get(c, 4), 4), 1, 2, 3, 4),
            "dense<[1, 2, 3, 4]> : tensor<4xi4>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofDoubles(c, tensor(bf16, 2), 1.5, 2.0),
            "dense<[1.500000e+00, 2.000000e+00]> : tensor<2xbf16>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.ofLongs(c, MemRefType.get(c, new long[] {1, 2}, i8), 1, 2),
            "dense<[[1, 2]]> : memref<1x2xi8>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.fromRawData(c, tensor(i32, 2), new byte[] {1, 0, 0, 0}),
            "dense<1> : tensor<2xi32>"),
        Arguments.of(
            DenseIntOrFPElementsAttr.fromRawData(
                c, tensor(i32, 2), new byte[] {1, 0, 0, 0, 2, 0, 0, 0}),
            "dense<[1, 2]> : tensor<2xi32>"),
        Arguments.of(
            DenseStringElementsAttr.get(
                c, tensor(OpaqueType.get(c, "foo", "str"), 2), List.of("a", "b")),
            "dense<[\"a\", \"b\"]> : tensor<2x!foo.str>"),
        Arguments.of(
            DenseStringElementsAttr.get(
                c, tensor(OpaqueType.get(c, "foo", "str"), 2), List.of("a")),
            "dense<\"a\"> : tensor<2x!foo.str>"),
        Arguments.of(
            DenseResourceElementsAttr.get(c, tensor(f32, 4), "blob1"),
            "dense_resource<blob1> : tensor<4xf32>"),
        Arguments.of(
            DenseResourceElementsAttr.get(c, tensor(i8, 2), "a b"),
            "dense_resource<\"a b\"> : tensor<2xi8>"),
        // layouts and opaque attributes
        Arguments.of(StridedLayoutAttr.get(c, 4, 1), "strided<[4, 1]>"),
        Arguments.of(
            StridedLayoutAttr.get(c, LongLists.immutable.of(ShapedType.DYNAMIC, 1), 5),
            "strided<[?, 1], offset: 5>"),
        Arguments.of(StridedLayoutAttr.get(c), "strided<[]>"),
        Arguments.of(
            StridedLayoutAttr.get(c, LongLists.immutable.of(1), ShapedType.DYNAMIC),
            "strided<[1], offset: ?>"),
        Arguments.of(
            StridedLayoutAttr.get(c, LongLists.immutable.of(0), -5), "strided<[0], offset: -5>"),
        Arguments.of(
            OpaqueAttr.get(c, "dialect", "anything<kept verbatim>"),
            "#dialect.anything<kept verbatim>"),
        Arguments.of(OpaqueAttr.get(c, "foo", "\"x y\""), "#foo<\"x y\">"),
        Arguments.of(OpaqueAttr.get(c, "foo", "a.b"), "#foo.a.b"),
        Arguments.of(OpaqueAttr.get(c, "foo", "b<<a>>"), "#foo.b<<a>>"),
        Arguments.of(OpaqueAttr.get(c, "foo", "bar", i32), "#foo.bar : i32"));
  }

  @ParameterizedTest
  @MethodSource("table")
  void printsAsMlirOpt(Attribute attribute, String expected) {
    assertEquals(expected, attribute.toString());
  }
}
