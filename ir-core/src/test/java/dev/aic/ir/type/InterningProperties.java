package dev.aic.ir.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.aic.ir.Context;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.StridedLayoutAttr;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * Types built twice from equal parameters through one context are the same object; through two
 * contexts they are equal but distinct.
 */
class InterningProperties {
  /** A recipe that builds a type in a given context. */
  private record Recipe(String description, Function<Context, Type> build) {
    @Override
    public String toString() {
      return description;
    }
  }

  @Provide
  Arbitrary<Recipe> elementTypes() {
    Arbitrary<Recipe> ints =
        Arbitraries.integers()
            .between(0, 200)
            .flatMap(
                w ->
                    Arbitraries.of(IntegerType.Signedness.class)
                        .map(s -> new Recipe(s.prefix() + "i" + w, c -> IntegerType.get(c, w, s))));
    Arbitrary<Recipe> floats =
        Arbitraries.of(FloatKind.class).map(k -> new Recipe(k.keyword(), c -> FloatType.get(c, k)));
    Arbitrary<Recipe> index = Arbitraries.just(new Recipe("index", IndexType::get));
    return Arbitraries.oneOf(ints, floats, index);
  }

  @Provide
  Arbitrary<Recipe> types() {
    Arbitrary<List<Long>> shapes =
        Arbitraries.oneOf(Arbitraries.longs().between(0, 64), Arbitraries.just(ShapedType.DYNAMIC))
            .list()
            .ofMaxSize(4);
    Arbitrary<List<Long>> vectorShapes = Arbitraries.longs().between(1, 64).list().ofMaxSize(4);
    return elementTypes()
        .flatMap(
            e ->
                Arbitraries.oneOf(
                    Arbitraries.just(e),
                    shapes.map(
                        s ->
                            new Recipe(
                                "tensor " + s + " " + e,
                                c -> RankedTensorType.get(c, toArray(s), e.build().apply(c)))),
                    vectorShapes.map(
                        s ->
                            new Recipe(
                                "vector " + s + " " + e,
                                c -> VectorType.get(c, toArray(s), e.build().apply(c)))),
                    shapes.map(
                        s ->
                            new Recipe(
                                "memref " + s + " " + e,
                                c ->
                                    MemRefType.get(
                                        c,
                                        LongLists.immutable.of(toArray(s)),
                                        e.build().apply(c),
                                        StridedLayoutAttr.get(c, toArray(s)),
                                        IntegerAttr.get(c, IntegerType.get(c, 64), s.size())))),
                    Arbitraries.just(
                        new Recipe(
                            "fn " + e,
                            c ->
                                FunctionType.get(
                                    c, List.of(e.build().apply(c)), List.of(NoneType.get(c)))))));
  }

  private static long[] toArray(List<Long> shape) {
    return shape.stream().mapToLong(Long::longValue).toArray();
  }

  @Property
  void equalParametersGiveTheSameObject(@ForAll("types") Recipe recipe) {
    Context ctx = new Context();
    Type first = recipe.build().apply(ctx);
    Type second = recipe.build().apply(ctx);
    assertSame(first, second);
    Context other = new Context();
    Type elsewhere = recipe.build().apply(other);
    assertEquals(first, elsewhere);
    assertEquals(first.hashCode(), elsewhere.hashCode());
    assertEquals(first.toString(), elsewhere.toString());
  }

  @Property
  void differentWidthsGiveDifferentTypes(
      @ForAll @IntRange(min = 0, max = 1000) int a, @ForAll @IntRange(min = 0, max = 1000) int b) {
    Context ctx = new Context();
    assertEquals(a == b, IntegerType.get(ctx, a) == IntegerType.get(ctx, b));
  }

  @Property
  void shapesAreComparedByValue(
      @ForAll @Size(max = 5) List<@IntRange(min = 1, max = 9) Integer> dims) {
    Context ctx = new Context();
    long[] shape = dims.stream().mapToLong(Integer::longValue).toArray();
    FloatType f32 = FloatType.f32(ctx);
    RankedTensorType a = RankedTensorType.get(ctx, shape, f32);
    RankedTensorType b = RankedTensorType.get(ctx, LongLists.mutable.of(shape).toImmutable(), f32);
    assertSame(a, b);
    assertNotSame(a, new RankedTensorType(a.shape(), f32, null));
    assertEquals(a, new RankedTensorType(a.shape(), f32, null));
  }
}
