package dev.aic.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.affine.AffineBinaryExpr;
import dev.aic.ir.affine.AffineConstantExpr;
import dev.aic.ir.affine.AffineDimExpr;
import dev.aic.ir.affine.AffineExprKind;
import dev.aic.ir.affine.AffineMap;
import dev.aic.ir.affine.AffineSymbolExpr;
import dev.aic.ir.affine.IntegerSet;
import dev.aic.ir.attr.AffineMapAttr;
import dev.aic.ir.attr.ArrayAttr;
import dev.aic.ir.attr.DenseArrayAttr;
import dev.aic.ir.attr.DenseResourceElementsAttr;
import dev.aic.ir.attr.DenseStringElementsAttr;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.FloatAttr;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.IntegerSetAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.OpaqueAttr;
import dev.aic.ir.attr.StridedLayoutAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.SymbolRefAttr;
import dev.aic.ir.attr.TypeAttr;
import dev.aic.ir.attr.UnitAttr;
import dev.aic.ir.loc.CallSiteLoc;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.FusedLoc;
import dev.aic.ir.loc.NameLoc;
import dev.aic.ir.loc.UnknownLoc;
import dev.aic.ir.type.ComplexType;
import dev.aic.ir.type.FloatKind;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.MemRefType;
import dev.aic.ir.type.NoneType;
import dev.aic.ir.type.OpaqueType;
import dev.aic.ir.type.RankedTensorType;
import dev.aic.ir.type.TupleType;
import dev.aic.ir.type.UnrankedMemRefType;
import dev.aic.ir.type.UnrankedTensorType;
import dev.aic.ir.type.VectorType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.collections.impl.factory.primitive.BooleanLists;
import org.eclipse.collections.impl.factory.primitive.LongLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interned records write {@code equals} and {@code hashCode} out by hand (to keep {@code
 * ObjectMethods} off the start-up path); this checks them against what a record generates: equal
 * components make equal records with the record formula's hash, and every component takes part.
 */
class RecordEqualityTest {
  private static final IntegerType I32 = new IntegerType(32, IntegerType.Signedness.SIGNLESS);
  private static final IntegerType I64 = new IntegerType(64, IntegerType.Signedness.SIGNLESS);
  private static final FloatType F32 = new FloatType(FloatKind.F32);
  private static final FloatType F64 = new FloatType(FloatKind.F64);
  private static final AffineDimExpr D0 = new AffineDimExpr(0);
  private static final AffineDimExpr D1 = new AffineDimExpr(1);
  private static final AffineSymbolExpr S0 = new AffineSymbolExpr(0);
  private static final FileLineColLoc HERE = new FileLineColLoc("a.mlir", 1, 2, 1, 2);
  private static final FileLineColLoc THERE = new FileLineColLoc("b.mlir", 3, 4, 5, 6);

  /** Pairs of instances of one record class whose components all differ. */
  static Stream<List<Record>> pairs() {
    AffineMap map1 = new AffineMap(1, 0, List.of(D0));
    AffineMap map2 = new AffineMap(2, 1, List.of(D1, S0));
    IntegerSet set1 = new IntegerSet(1, 0, List.of(D0), List.of(true));
    IntegerSet set2 = new IntegerSet(2, 1, List.of(D1), List.of(false));
    return Stream.of(
        pair(new ComplexType(F32), new ComplexType(I32)),
        pair(F32, F64),
        pair(
            new FunctionType(List.of(I32), List.of(F32)),
            new FunctionType(List.of(F32), List.of())),
        pair(I32, new IntegerType(8, IntegerType.Signedness.SIGNED)),
        pair(
            new MemRefType(LongLists.immutable.of(2, 3), F32, null, null),
            new MemRefType(
                LongLists.immutable.of(4, 5),
                I32,
                new StridedLayoutAttr(LongLists.immutable.of(3, 1), 5),
                new IntegerAttr(I64, BigInteger.ONE))),
        pair(new OpaqueType("a", "x"), new OpaqueType("b", "y")),
        pair(
            new RankedTensorType(LongLists.immutable.of(2), F32, null),
            new RankedTensorType(LongLists.immutable.of(3), I32, new StringAttr("enc"))),
        pair(new TupleType(List.of(I32)), new TupleType(List.of(F32, F32))),
        pair(
            new UnrankedMemRefType(F32, null),
            new UnrankedMemRefType(I32, new IntegerAttr(I64, BigInteger.ONE))),
        pair(new UnrankedTensorType(F32), new UnrankedTensorType(I32)),
        pair(
            new VectorType(LongLists.immutable.of(4), F32, BooleanLists.immutable.of(false)),
            new VectorType(LongLists.immutable.of(8), I32, BooleanLists.immutable.of(true))),
        pair(new AffineMapAttr(map1), new AffineMapAttr(map2)),
        pair(new ArrayAttr(List.of(UnitAttr.INSTANCE)), new ArrayAttr(List.of())),
        pair(
            new DenseArrayAttr(I32, LongLists.immutable.of(1, 2)),
            new DenseArrayAttr(I64, LongLists.immutable.of(3))),
        pair(
            new DenseResourceElementsAttr(
                new RankedTensorType(LongLists.immutable.of(2), F32, null), "a"),
            new DenseResourceElementsAttr(
                new RankedTensorType(LongLists.immutable.of(3), I32, null), "b")),
        pair(
            new DenseStringElementsAttr(
                new RankedTensorType(LongLists.immutable.of(2), I32, null), List.of("a", "b")),
            new DenseStringElementsAttr(
                new RankedTensorType(LongLists.immutable.of(1), I64, null), List.of("c"))),
        pair(
            new DictionaryAttr(List.of(new NamedAttribute("a", UnitAttr.INSTANCE))),
            new DictionaryAttr(List.of())),
        pair(
            new FloatAttr(F32, BigInteger.valueOf(0x3f800000L)),
            new FloatAttr(F64, BigInteger.valueOf(0x4000000000000000L))),
        pair(new IntegerAttr(I32, BigInteger.ONE), new IntegerAttr(I64, BigInteger.TWO)),
        pair(new IntegerSetAttr(set1), new IntegerSetAttr(set2)),
        pair(
            new NamedAttribute("a", UnitAttr.INSTANCE),
            new NamedAttribute("b", new StringAttr("x"))),
        pair(new OpaqueAttr("a", "x", I32), new OpaqueAttr("b", "y", F32)),
        pair(
            new StridedLayoutAttr(LongLists.immutable.of(1), 0),
            new StridedLayoutAttr(LongLists.immutable.of(2, 1), 3)),
        pair(new StringAttr("a"), new StringAttr("b", I32)),
        pair(new SymbolRefAttr("a", List.of()), new SymbolRefAttr("b", List.of("c"))),
        pair(new TypeAttr(I32), new TypeAttr(F32)),
        pair(new CallSiteLoc(HERE, THERE), new CallSiteLoc(THERE, HERE)),
        pair(HERE, THERE),
        pair(new FusedLoc(List.of(HERE), null), new FusedLoc(List.of(THERE), UnitAttr.INSTANCE)),
        pair(new NameLoc("a", new UnknownLoc()), new NameLoc("b", HERE)),
        pair(
            new AffineBinaryExpr(AffineExprKind.ADD, D0, D1),
            new AffineBinaryExpr(AffineExprKind.MUL, D1, new AffineConstantExpr(2))),
        pair(new AffineConstantExpr(1), new AffineConstantExpr(2)),
        pair(D0, D1),
        pair(S0, new AffineSymbolExpr(1)),
        pair(map1, map2),
        pair(set1, set2));
  }

  private static List<Record> pair(Record a, Record b) {
    return List.of(a, b);
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void equalComponentsMakeEqualRecordsWithTheRecordHash(List<Record> pair) throws Exception {
    for (Record record : pair) {
      Record copy = construct(record.getClass(), components(record));
      assertEquals(record, copy);
      assertEquals(copy, record);
      assertEquals(recordFormulaHash(record), record.hashCode());
      assertEquals(record.hashCode(), copy.hashCode());
      assertFalse(record.equals(null));
      assertFalse(record.equals(new Object()));
    }
    assertNotEquals(pair.get(0), pair.get(1));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void everyComponentTakesPart(List<Record> pair) throws Exception {
    Record base = pair.get(0);
    Object[] mine = components(base);
    Object[] theirs = components(pair.get(1));
    int checked = 0;
    for (int i = 0; i < mine.length; i++) {
      Object[] mixed = mine.clone();
      mixed[i] = theirs[i];
      Record changed;
      try {
        changed = construct(base.getClass(), mixed);
      } catch (IllegalArgumentException e) {
        continue; // the other value does not fit this record's other components
      }
      if (!Objects.equals(components(changed)[i], mine[i])) {
        assertNotEquals(base, changed, "component " + i + " of " + base.getClass());
        checked++;
      }
    }
    assertTrue(checked > 0, "no component could be varied in " + base.getClass());
  }

  @Test
  void recordsWithoutComponentsEqualTheirOwnKindOnly() {
    List<Object> empty =
        List.of(new IndexType(), new NoneType(), UnitAttr.INSTANCE, new UnknownLoc());
    for (Object a : empty) {
      for (Object b : empty) {
        assertEquals(a.getClass() == b.getClass(), a.equals(b));
      }
      assertEquals(0, a.hashCode());
    }
    assertEquals(new IndexType(), new IndexType());
  }

  /** The hash {@code java.lang.runtime.ObjectMethods} gives a record: 31 * h + each component's. */
  private static int recordFormulaHash(Record record) throws Exception {
    int hash = 0;
    for (Object component : components(record)) {
      hash = 31 * hash + Objects.hashCode(component);
    }
    return hash;
  }

  private static Object[] components(Record record) throws Exception {
    RecordComponent[] parts = record.getClass().getRecordComponents();
    Object[] values = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = parts[i].getAccessor().invoke(record);
    }
    return values;
  }

  private static Record construct(Class<?> type, Object[] values) throws Exception {
    Class<?>[] parameters =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    Constructor<?> canonical = type.getDeclaredConstructor(parameters);
    try {
      return (Record) canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw bad;
      }
      throw e;
    }
  }
}
