package dev.aic.text.properties;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.affine.AffineBinaryExpr;
import dev.aic.ir.affine.AffineExpr;
import dev.aic.ir.affine.AffineExprKind;
import dev.aic.ir.affine.AffineMap;
import dev.aic.ir.affine.IntegerSet;
import dev.aic.ir.attr.AffineMapAttr;
import dev.aic.ir.attr.ArrayAttr;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.BoolAttr;
import dev.aic.ir.attr.DenseArrayAttr;
import dev.aic.ir.attr.DenseIntOrFPElementsAttr;
import dev.aic.ir.attr.DenseResourceElementsAttr;
import dev.aic.ir.attr.DenseStringElementsAttr;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.FloatAttr;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.IntegerSetAttr;
import dev.aic.ir.attr.MemRefLayoutAttr;
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
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import dev.aic.ir.type.ComplexType;
import dev.aic.ir.type.FloatKind;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.IntegerType.Signedness;
import dev.aic.ir.type.MemRefType;
import dev.aic.ir.type.NoneType;
import dev.aic.ir.type.OpaqueType;
import dev.aic.ir.type.RankedTensorType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.TupleType;
import dev.aic.ir.type.Type;
import dev.aic.ir.type.UnrankedMemRefType;
import dev.aic.ir.type.UnrankedTensorType;
import dev.aic.ir.type.VectorType;
import dev.aic.text.builtin.BuiltinDialect;
import dev.aic.text.builtin.ModuleOp;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;
import org.eclipse.collections.impl.factory.primitive.BooleanLists;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * Random IR for the textual-format properties: a {@code builtin.module} of unregistered {@code t.*}
 * ops, each in a fresh context, with operands drawn from the values in scope so the verifier
 * accepts the module (earlier results of the block, the block's arguments, values of the entry
 * block and of enclosing regions), results, nested regions of several blocks, successors on the
 * last op of a block, and attributes, types and locations of every builtin kind, built with the
 * ir-core factories.
 */
final class RandomIr {
  private static final FloatKind[] FLOAT_KINDS = FloatKind.values();
  private static final String[] OP_NAMES = {
    "t.op", "t.a", "t.b.c", "t.x_y$z", "t.br", "t.cond_br", "t.yield", "t.Mixed.Case1"
  };
  private static final String[] STRING_PIECES = {
    "a", "b", "Z", "0", " ", "\"", "\\", "\n", "\t", "\r", "\0", "é", "ß", "中文", "😀", "\u007f",
    "{", "}", "<", ">", "#", "%", "@", "//", "0x1F", "loc", "dense"
  };
  private static final String[] NAMES = {
    "a",
    "b",
    "value",
    "_x",
    "x.y",
    "a$b",
    "sym_name",
    "loc",
    "dense",
    "true",
    "unit",
    "with space",
    "é",
    "0digit",
    "q\"uote",
    "",
    "back\\slash"
  };

  private final Random random;
  private final Context ctx = new Context();
  private final int maxOps;
  private int ops;

  private RandomIr(Random random, int maxOps) {
    this.random = random;
    this.maxOps = maxOps;
    ctx.setAllowUnregisteredDialects(true);
    ctx.loadDialect(new BuiltinDialect());
  }

  /** Random modules, each built in its own context; not shrinkable (jqwik reports the seed). */
  static Arbitrary<Operation> modules(int maxOps) {
    return Arbitraries.randomValue(r -> new RandomIr(r, maxOps).module());
  }

  /** One random module from {@code seed}, for plain tests. */
  static Operation module(long seed, int maxOps) {
    return new RandomIr(new Random(seed), maxOps).module();
  }

  // ---- operations ----------------------------------------------------------------------------

  private Operation module() {
    ModuleOp module = ModuleOp.create(ctx, location(2));
    if (chance(4)) {
      // A module's discardable attributes must have dialect-prefixed names.
      module
          .op()
          .setAttributes(DictionaryAttr.of(List.of(new NamedAttribute("t.a", attribute(2)))));
    }
    if (chance(4)) {
      module.op().setProperty(ModuleOp.SYM_NAME, new StringAttr(pick(NAMES)));
    }
    fillBlock(module.body(), new ArrayList<>(), 0, false);
    return module.op();
  }

  /**
   * Appends random ops to {@code block}; {@code scope} holds the values visible to them and grows
   * with their results. With {@code successors}, the last op may branch to those blocks.
   */
  private void fillBlock(Block block, List<Value> scope, int depth, boolean terminate) {
    int count = random.nextInt(5);
    for (int i = 0; i < count && ops < maxOps; i++) {
      block.append(operation(scope, depth, List.of()));
    }
    if (terminate) {
      List<Block> targets = new ArrayList<>();
      Region region = block.parent();
      for (Block b : region.blocks()) {
        if (!b.isEntryBlock() && random.nextInt(3) == 0) {
          targets.add(b);
        }
      }
      block.append(operation(scope, depth, targets));
    }
  }

  private Operation operation(List<Value> scope, int depth, List<Block> successors) {
    ops++;
    OperationState state = new OperationState(ctx, location(2), pick(OP_NAMES));
    int operands = scope.isEmpty() ? 0 : random.nextInt(4);
    for (int i = 0; i < operands; i++) {
      state.addOperand(scope.get(random.nextInt(scope.size())));
    }
    int results = random.nextInt(4) == 0 ? random.nextInt(4) : random.nextInt(2);
    for (int i = 0; i < results; i++) {
      state.addType(type(2));
    }
    for (Block successor : successors) {
      state.addSuccessor(successor);
    }
    if (chance(3)) {
      state.setAttributes(dictionary(2));
    }
    if (chance(5)) {
      state.setProperties(dictionary(2));
    }
    int regions = depth < 3 && chance(3) ? 1 + random.nextInt(2) : 0;
    List<Region> made = new ArrayList<>();
    for (int i = 0; i < regions; i++) {
      Region region = new Region();
      state.addRegion(region);
      made.add(region);
    }
    Operation op = Operation.create(state);
    for (Region region : made) {
      fillRegion(region, scope, depth + 1);
    }
    scope.addAll(op.results());
    return op;
  }

  /** Fills a region: empty, or blocks whose terminators branch among the non-entry blocks. */
  private void fillRegion(Region region, List<Value> outer, int depth) {
    int blocks = random.nextInt(4);
    if (blocks == 0) {
      return;
    }
    for (int i = 0; i < blocks; i++) {
      Block block = new Block();
      int arguments = random.nextInt(3);
      for (int a = 0; a < arguments; a++) {
        block.addArgument(type(1), location(1));
      }
      region.append(block);
    }
    // The entry block dominates the others, so its values are visible in all of them.
    List<Value> entryScope = new ArrayList<>(outer);
    Block entry = region.firstBlock();
    entryScope.addAll(entry.arguments());
    fillBlock(entry, entryScope, depth, blocks > 1);
    for (Block block = entry.next(); block != null; block = block.next()) {
      List<Value> scope = new ArrayList<>(entryScope);
      scope.addAll(block.arguments());
      fillBlock(block, scope, depth, true);
    }
  }

  // ---- types ---------------------------------------------------------------------------------

  Type type(int depth) {
    int kind = random.nextInt(depth <= 0 ? 4 : 15);
    return switch (kind) {
      case 0 -> integerType();
      case 1 -> floatType();
      case 2 -> IndexType.get(ctx);
      case 3 -> chance(2) ? NoneType.get(ctx) : opaqueType();
      case 4 -> ComplexType.get(ctx, chance(2) ? floatType() : integerType());
      case 5 -> FunctionType.get(ctx, types(depth - 1, 3), types(depth - 1, 3));
      case 6 -> TupleType.get(ctx, types(depth - 1, 3));
      case 7, 8 -> rankedTensor(depth);
      case 9 -> UnrankedTensorType.get(ctx, elementType(depth));
      case 10, 11 -> vector();
      case 12, 13 -> memref(depth);
      default -> UnrankedMemRefType.get(ctx, scalarType(), memorySpace());
    };
  }

  private List<Type> types(int depth, int max) {
    List<Type> types = new ArrayList<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      types.add(type(depth));
    }
    return types;
  }

  private IntegerType integerType() {
    int width =
        switch (random.nextInt(4)) {
          case 0 -> 1;
          case 1 -> 8 << random.nextInt(4);
          case 2 -> 1 + random.nextInt(130);
          default -> chance(4) ? IntegerType.MAX_WIDTH : 1 + random.nextInt(1000);
        };
    Signedness signedness = Signedness.values()[random.nextInt(Signedness.values().length)];
    return IntegerType.get(ctx, width, signedness);
  }

  /** An integer type of at most 130 bits, for elements stored one by one. */
  private IntegerType smallIntegerType() {
    IntegerType t = integerType();
    return t.width() <= 130 ? t : IntegerType.get(ctx, 1 + t.width() % 130, t.signedness());
  }

  private FloatType floatType() {
    return FloatType.get(ctx, FLOAT_KINDS[random.nextInt(FLOAT_KINDS.length)]);
  }

  private Type scalarType() {
    return switch (random.nextInt(3)) {
      case 0 -> integerType();
      case 1 -> floatType();
      default -> IndexType.get(ctx);
    };
  }

  private Type elementType(int depth) {
    return switch (random.nextInt(6)) {
      case 0 -> ComplexType.get(ctx, floatType());
      case 1 -> opaqueType();
      case 2 -> depth > 0 ? vector() : scalarType();
      default -> scalarType();
    };
  }

  private OpaqueType opaqueType() {
    return OpaqueType.get(ctx, "t", dialectBody());
  }

  private ImmutableLongList shape(boolean dynamic, int maxRank) {
    int rank = random.nextInt(maxRank + 1);
    long[] dims = new long[rank];
    for (int i = 0; i < rank; i++) {
      dims[i] = dynamic && chance(4) ? ShapedType.DYNAMIC : random.nextInt(5);
    }
    return LongLists.immutable.of(dims);
  }

  private RankedTensorType rankedTensor(int depth) {
    Attribute encoding = depth > 0 && chance(4) ? encoding(depth - 1) : null;
    return RankedTensorType.get(ctx, shape(true, 3), elementType(depth - 1), encoding);
  }

  /**
   * A tensor encoding. MLIR reads the encoding with its parseOptionalAttribute, which knows no
   * strided layouts or dense arrays there (mlir-opt-22: "expected '>' in tensor type").
   */
  private Attribute encoding(int depth) {
    Attribute attribute = attribute(depth);
    while (attribute instanceof StridedLayoutAttr || attribute instanceof DenseArrayAttr) {
      attribute = attribute(depth);
    }
    return attribute;
  }

  private VectorType vector() {
    int rank = random.nextInt(3);
    long[] dims = new long[rank];
    boolean[] scalable = new boolean[rank];
    for (int i = 0; i < rank; i++) {
      dims[i] = 1 + random.nextInt(8);
      scalable[i] = chance(3);
    }
    Type element =
        switch (random.nextInt(3)) {
          case 0 -> integerType();
          case 1 -> floatType();
          default -> IndexType.get(ctx);
        };
    return VectorType.get(
        ctx, LongLists.immutable.of(dims), element, BooleanLists.immutable.of(scalable));
  }

  private MemRefType memref(int depth) {
    ImmutableLongList shape = shape(true, 3);
    MemRefLayoutAttr layout = null;
    if (chance(3)) {
      layout = strided(shape.size());
    } else if (chance(3)) {
      layout = AffineMapAttr.get(ctx, affineMap(shape.size(), random.nextInt(2)));
    }
    Type element = depth > 1 && chance(6) ? memref(depth - 1) : elementTypeForMemRef();
    return MemRefType.get(ctx, shape, element, layout, memorySpace());
  }

  private Type elementTypeForMemRef() {
    return chance(4) ? ComplexType.get(ctx, floatType()) : chance(4) ? vector() : scalarType();
  }

  private Attribute memorySpace() {
    return switch (random.nextInt(4)) {
      case 0 -> null;
      case 1 -> IntegerAttr.get(ctx, IntegerType.get(ctx, 64), random.nextInt(5));
      // mlir-opt rejects attributes of unregistered dialects as memory spaces (aic accepts them).
      case 2 -> dictionary(0);
      default -> new StringAttr("shared");
    };
  }

  private StridedLayoutAttr strided(int rank) {
    long[] strides = new long[rank];
    for (int i = 0; i < rank; i++) {
      strides[i] = chance(4) ? ShapedType.DYNAMIC : random.nextInt(64) - 8;
    }
    long offset = chance(4) ? ShapedType.DYNAMIC : random.nextInt(100);
    return StridedLayoutAttr.get(ctx, LongLists.immutable.of(strides), offset);
  }

  /** A dialect type or attribute body: a pretty identifier with balanced brackets, or not. */
  private String dialectBody() {
    return switch (random.nextInt(5)) {
      case 0 -> "foo";
      case 1 -> "bar.baz<1, \"s>\", [a, b], (x), {k = v}>";
      case 2 -> "\"quoted\"";
      case 3 -> "x<" + random.nextInt(100) + ">";
      default -> "1 : i32";
    };
  }

  // ---- attributes ----------------------------------------------------------------------------

  Attribute attribute(int depth) {
    int kind = random.nextInt(depth <= 0 ? 10 : 20);
    return switch (kind) {
      case 0 -> integerAttr();
      case 1 -> BoolAttr.get(ctx, chance(2));
      case 2, 3 -> floatAttr(floatType());
      case 4 -> stringAttr();
      case 5 -> UnitAttr.INSTANCE;
      case 6 -> symbolRef();
      case 7 -> TypeAttr.get(ctx, type(1));
      case 8 -> OpaqueAttr.get(ctx, "t", dialectBody());
      case 9 -> strided(random.nextInt(3));
      case 10 -> {
        List<Attribute> elements = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          elements.add(attribute(depth - 1));
        }
        yield ArrayAttr.get(ctx, elements);
      }
      case 11 -> dictionary(depth - 1);
      case 12 -> denseArray();
      case 13, 14 -> denseElements();
      case 15 -> denseStrings();
      case 16 -> AffineMapAttr.get(ctx, affineMap(random.nextInt(3), random.nextInt(3)));
      case 17 -> IntegerSetAttr.get(ctx, integerSet());
      // A location as an attribute value prints as a #loc alias, which mlir-opt (and so aic)
      // defines after the op when the op's location is the same, so it would not read back.
      case 18 -> symbolRef();
      default ->
          DenseResourceElementsAttr.get(
              ctx,
              RankedTensorType.get(ctx, shape(false, 2), scalarType()),
              chance(2) ? "blob1" : "with space");
    };
  }

  DictionaryAttr dictionary(int depth) {
    TreeMap<String, Attribute> entries = new TreeMap<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      String name = pick(NAMES);
      if (!name.isEmpty()) {
        entries.put(name, attribute(depth));
      }
    }
    List<NamedAttribute> list = new ArrayList<>();
    entries.forEach((k, v) -> list.add(new NamedAttribute(k, v)));
    return DictionaryAttr.of(list);
  }

  private IntegerAttr integerAttr() {
    Type type = chance(4) ? IndexType.get(ctx) : integerType();
    if (type instanceof IntegerType t && t.width() > 200) {
      // Any small value fits a wide type.
      return IntegerAttr.get(ctx, type, new BigInteger(200, random).subtract(BigInteger.TEN));
    }
    return IntegerAttr.get(ctx, type, scalarBits(type));
  }

  private FloatAttr floatAttr(FloatType type) {
    return FloatAttr.fromBits(ctx, type, floatBits(type.kind()));
  }

  /** A random bit pattern of {@code kind}, often a special value. */
  private BigInteger floatBits(FloatKind kind) {
    int width = new FloatType(kind).width();
    return switch (random.nextInt(8)) {
      case 0 ->
          kind.hasNaN()
              ? dev.aic.ir.type.FloatFormat.fromDouble(kind, Double.NaN)
              : new BigInteger(width, random);
      case 1 -> dev.aic.ir.type.FloatFormat.fromDouble(kind, chance(2) ? 1.0 : -0.0);
      case 2 -> dev.aic.ir.type.FloatFormat.fromDouble(kind, random.nextInt(2000) / 8.0 - 100);
      case 3 ->
          !kind.hasInfinity()
              ? new BigInteger(width, random)
              : dev.aic.ir.type.FloatFormat.fromDouble(
                  kind, chance(2) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
      // mlir-opt reads decimals through a double, so an f80 or f128 value it prints in decimal
      // may not read back (8.91057051084994447986445904799142555E+1174 : f128 becomes
      // infinity); those formats get values a double holds.
      default ->
          kind == FloatKind.F80 || kind == FloatKind.F128
              ? dev.aic.ir.type.FloatFormat.fromDouble(
                  kind, Double.longBitsToDouble(random.nextLong()))
              : new BigInteger(width, random);
    };
  }

  private StringAttr stringAttr() {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      s.append(pick(STRING_PIECES));
    }
    return new StringAttr(s.toString(), chance(5) ? type(0) : null);
  }

  private SymbolRefAttr symbolRef() {
    List<String> nested = new ArrayList<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      nested.add(nonEmptyName());
    }
    return new SymbolRefAttr(nonEmptyName(), nested);
  }

  private String nonEmptyName() {
    String name = pick(NAMES);
    return name.isEmpty() ? "e" : name;
  }

  private DenseArrayAttr denseArray() {
    int n = random.nextInt(5);
    long[] values = new long[n];
    if (chance(3)) {
      FloatType f = chance(2) ? FloatType.f32(ctx) : FloatType.f64(ctx);
      for (int i = 0; i < n; i++) {
        values[i] = floatBits(f.kind()).longValue();
      }
      return DenseArrayAttr.get(ctx, f, values);
    }
    int[] widths = {1, 8, 16, 32, 64};
    IntegerType t = IntegerType.get(ctx, widths[random.nextInt(widths.length)]);
    for (int i = 0; i < n; i++) {
      values[i] = scalarBits(t).longValue();
    }
    return DenseArrayAttr.get(ctx, t, values);
  }

  private DenseIntOrFPElementsAttr denseElements() {
    Type element =
        switch (random.nextInt(4)) {
          case 0 -> smallIntegerType();
          case 1 -> floatType();
          // mlir-opt 22 drops the imaginary parts of complex<i1> literals, so no complex<i1>.
          case 2 ->
              ComplexType.get(
                  ctx, chance(2) ? floatType() : IntegerType.get(ctx, 2 + random.nextInt(64)));
          default -> IndexType.get(ctx);
        };
    long[] dims =
        switch (random.nextInt(4)) {
          case 0 -> new long[] {};
          case 1 -> new long[] {1 + random.nextInt(4)};
          case 2 -> new long[] {random.nextInt(3), 1 + random.nextInt(3)};
          default -> new long[] {101 + random.nextInt(40)};
        };
    ShapedType type =
        chance(4) && !(element instanceof ComplexType)
            ? VectorType.get(ctx, dims.length == 1 && dims[0] > 0 ? dims : new long[] {2}, element)
            : RankedTensorType.get(ctx, dims, element);
    long n = type.numElements();
    boolean splat = n > 0 && chance(4);
    Type scalar = element instanceof ComplexType c ? c.elementType() : element;
    int parts = element instanceof ComplexType ? 2 : 1;
    List<BigInteger> values = new ArrayList<>();
    for (long i = 0; i < (splat ? 1 : n) * parts; i++) {
      values.add(scalarBits(scalar));
    }
    return DenseIntOrFPElementsAttr.get(ctx, type, values);
  }

  private BigInteger scalarBits(Type scalar) {
    if (scalar instanceof FloatType f) {
      return floatBits(f.kind());
    }
    int width = scalar instanceof IntegerType i ? i.width() : 64;
    BigInteger value = new BigInteger(width, random);
    boolean signed = scalar instanceof IntegerType i ? !i.isUnsigned() && !i.isSignless(1) : true;
    if (signed && value.testBit(width - 1)) {
      value = value.subtract(BigInteger.ONE.shiftLeft(width));
    }
    return value;
  }

  private DenseStringElementsAttr denseStrings() {
    long[] dims = chance(2) ? new long[] {} : new long[] {1 + random.nextInt(3)};
    RankedTensorType type = RankedTensorType.get(ctx, dims, opaqueType());
    List<String> values = new ArrayList<>();
    long n = chance(3) ? 1 : type.numElements();
    for (long i = 0; i < n; i++) {
      values.add(stringAttr().value());
    }
    return DenseStringElementsAttr.get(ctx, type, values);
  }

  // ---- affine --------------------------------------------------------------------------------

  private AffineMap affineMap(int dims, int symbols) {
    List<AffineExpr> results = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      results.add(affineExpr(dims, symbols, 3));
    }
    return AffineMap.get(ctx, dims, symbols, results);
  }

  private IntegerSet integerSet() {
    int dims = random.nextInt(3);
    int symbols = random.nextInt(3);
    List<AffineExpr> constraints = new ArrayList<>();
    List<Boolean> eq = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      constraints.add(affineExpr(dims, symbols, 3));
      eq.add(chance(3));
    }
    return IntegerSet.get(ctx, dims, symbols, constraints, eq);
  }

  private AffineExpr affineExpr(int dims, int symbols, int depth) {
    int leaf = random.nextInt(3);
    if (depth == 0 || chance(3)) {
      if (leaf == 0 && dims > 0) {
        return AffineExpr.dim(random.nextInt(dims));
      }
      if (leaf == 1 && symbols > 0) {
        return AffineExpr.symbol(random.nextInt(symbols));
      }
      return AffineExpr.constant(random.nextInt(21) - 10);
    }
    AffineExpr lhs = affineExpr(dims, symbols, depth - 1);
    AffineExpr rhs = affineExpr(dims, symbols, depth - 1);
    // Products and divisions take a constant right-hand side to stay pure affine.
    long c = random.nextInt(9) + 1;
    AffineExpr e =
        switch (random.nextInt(7)) {
          case 0, 1 -> AffineExpr.add(lhs, rhs);
          case 2 -> AffineExpr.sub(lhs, rhs);
          case 3 -> AffineExpr.mul(lhs, chance(2) ? -c : c);
          case 4 -> AffineExpr.floorDiv(lhs, c);
          case 5 -> AffineExpr.ceilDiv(lhs, c);
          default -> AffineExpr.mod(lhs, c);
        };
    // MLIR prints e1 + (e2 + e3) as e1 + e2 + e3, which reads back as another tree (mlir-opt
    // does the same), so only left-leaning sums are kept.
    return hasNestedSumOnTheRight(e) ? lhs : e;
  }

  private static boolean hasNestedSumOnTheRight(AffineExpr e) {
    if (!(e instanceof AffineBinaryExpr b)) {
      return false;
    }
    if (b.kind() == AffineExprKind.ADD
        && b.rhs() instanceof AffineBinaryExpr r
        && r.kind() == AffineExprKind.ADD) {
      return true;
    }
    return hasNestedSumOnTheRight(b.lhs()) || hasNestedSumOnTheRight(b.rhs());
  }

  // ---- locations -----------------------------------------------------------------------------

  Location location(int depth) {
    int kind = random.nextInt(depth <= 0 ? 3 : 6);
    return switch (kind) {
      case 0 -> Location.unknown();
      case 1 -> {
        String file = chance(3) ? "f.mlir" : pick(NAMES);
        int line = random.nextInt(100);
        int col = random.nextInt(100);
        yield switch (random.nextInt(3)) {
          case 0 -> new FileLineColLoc(file, line, col);
          case 1 -> new FileLineColLoc(file, line, col, line, col + random.nextInt(10));
          default -> new FileLineColLoc(file, line, col, line + 1 + random.nextInt(3), 1);
        };
      }
      case 2 -> new NameLoc(pick(NAMES));
      case 3 -> new NameLoc(pick(NAMES), location(depth - 1));
      case 4 -> new CallSiteLoc(location(depth - 1), location(depth - 1));
      default -> {
        List<Location> parts = new ArrayList<>();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
          parts.add(location(depth - 1));
        }
        yield FusedLoc.get(ctx, parts, chance(2) ? null : attribute(0));
      }
    };
  }

  // ---- helpers -------------------------------------------------------------------------------

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
