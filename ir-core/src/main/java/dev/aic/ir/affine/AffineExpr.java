package dev.aic.ir.affine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * An affine expression over dimensions {@code d0, d1, ...}, symbols {@code s0, s1, ...} and integer
 * constants, combined with {@code +}, {@code *}, {@code mod}, {@code floordiv} and {@code ceildiv},
 * as in MLIR.
 *
 * <p>Expressions are immutable value records compared with {@code equals}. Build them through the
 * static factories ({@link #add}, {@link #mul}, {@link #floorDiv}, {@link #ceilDiv}, {@link #mod},
 * {@link #neg}, {@link #sub}): they apply MLIR 22's construction-time simplifications (constant
 * folding, constants to the right, {@code x - x -> 0}, {@code x - (x floordiv c) * c -> x mod c},
 * ...), so that what aic builds prints exactly as {@code mlir-opt} prints the same input. The
 * record constructors build nodes verbatim.
 *
 * <p>A product needs one operand that is symbolic or constant; {@code mod}, {@code floordiv} and
 * {@code ceildiv} by a symbolic right-hand side are <em>semi-affine</em> and allowed; {@link
 * #isPureAffine} tells them apart.
 */
public sealed interface AffineExpr
    permits AffineDimExpr, AffineSymbolExpr, AffineConstantExpr, AffineBinaryExpr {

  /** Which of the eight kinds of expression this is. */
  AffineExprKind kind();

  /** The dimension {@code d<position>}. */
  static AffineExpr dim(int position) {
    return new AffineDimExpr(position);
  }

  /** The symbol {@code s<position>}. */
  static AffineExpr symbol(int position) {
    return new AffineSymbolExpr(position);
  }

  /** The constant {@code value}. */
  static AffineExpr constant(long value) {
    return new AffineConstantExpr(value);
  }

  /** {@code lhs + rhs}, simplified. */
  static AffineExpr add(AffineExpr lhs, AffineExpr rhs) {
    return AffineSimplifier.add(lhs, rhs);
  }

  /** {@code lhs + c}, simplified. */
  static AffineExpr add(AffineExpr lhs, long c) {
    return add(lhs, constant(c));
  }

  /** {@code lhs - rhs}, built as MLIR does: {@code lhs + rhs * -1}, simplified. */
  static AffineExpr sub(AffineExpr lhs, AffineExpr rhs) {
    return add(lhs, neg(rhs));
  }

  /** {@code lhs - c}, built as {@code lhs + (-c)}. */
  static AffineExpr sub(AffineExpr lhs, long c) {
    return add(lhs, constant(-c));
  }

  /** {@code -e}, built as MLIR does: {@code e * -1}, simplified. */
  static AffineExpr neg(AffineExpr e) {
    return mul(e, constant(-1));
  }

  /** {@code lhs * rhs}, simplified; one operand should be symbolic or constant. */
  static AffineExpr mul(AffineExpr lhs, AffineExpr rhs) {
    return AffineSimplifier.mul(lhs, rhs);
  }

  /** {@code lhs * c}, simplified. */
  static AffineExpr mul(AffineExpr lhs, long c) {
    return mul(lhs, constant(c));
  }

  /** {@code lhs floordiv rhs}, simplified. */
  static AffineExpr floorDiv(AffineExpr lhs, AffineExpr rhs) {
    return AffineSimplifier.floorDiv(lhs, rhs);
  }

  /** {@code lhs floordiv c}, simplified. */
  static AffineExpr floorDiv(AffineExpr lhs, long c) {
    return floorDiv(lhs, constant(c));
  }

  /** {@code lhs ceildiv rhs}, simplified. */
  static AffineExpr ceilDiv(AffineExpr lhs, AffineExpr rhs) {
    return AffineSimplifier.ceilDiv(lhs, rhs);
  }

  /** {@code lhs ceildiv c}, simplified. */
  static AffineExpr ceilDiv(AffineExpr lhs, long c) {
    return ceilDiv(lhs, constant(c));
  }

  /** {@code lhs mod rhs}, simplified. */
  static AffineExpr mod(AffineExpr lhs, AffineExpr rhs) {
    return AffineSimplifier.mod(lhs, rhs);
  }

  /** {@code lhs mod c}, simplified. */
  static AffineExpr mod(AffineExpr lhs, long c) {
    return mod(lhs, constant(c));
  }

  /** {@code lhs <kind> rhs} through the simplifying factory of a binary {@code kind}. */
  static AffineExpr binary(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) {
    return switch (kind) {
      case ADD -> add(lhs, rhs);
      case MUL -> mul(lhs, rhs);
      case MOD -> mod(lhs, rhs);
      case FLOOR_DIV -> floorDiv(lhs, rhs);
      case CEIL_DIV -> ceilDiv(lhs, rhs);
      default -> throw new IllegalArgumentException(kind + " is not a binary operator");
    };
  }

  /**
   * This expression rebuilt bottom-up through the simplifying factories: the canonical form of an
   * expression built verbatim. Idempotent. (This is construction-time simplification only, not
   * MLIR's flattening {@code simplifyAffineExpr}.)
   */
  default AffineExpr simplify() {
    if (this instanceof AffineBinaryExpr b) {
      return binary(b.kind(), b.lhs().simplify(), b.rhs().simplify());
    }
    return this;
  }

  /** Whether this is a constant, and then its value is {@link #constantValue()}. */
  default boolean isConstant() {
    return this instanceof AffineConstantExpr;
  }

  /** The value of a constant; an {@link IllegalStateException} for other expressions. */
  default long constantValue() {
    if (this instanceof AffineConstantExpr c) {
      return c.value();
    }
    throw new IllegalStateException("not a constant: " + this);
  }

  /** Whether this expression uses no dimension: only symbols and constants. */
  default boolean isSymbolicOrConstant() {
    if (this instanceof AffineBinaryExpr b) {
      return b.lhs().isSymbolicOrConstant() && b.rhs().isSymbolicOrConstant();
    }
    return !(this instanceof AffineDimExpr);
  }

  /**
   * Whether this expression is pure affine: products have a constant operand, and {@code mod},
   * {@code floordiv}, {@code ceildiv} have a constant right-hand side.
   */
  default boolean isPureAffine() {
    if (!(this instanceof AffineBinaryExpr b)) {
      return true;
    }
    boolean operands = b.lhs().isPureAffine() && b.rhs().isPureAffine();
    return switch (b.kind()) {
      case ADD -> operands;
      case MUL -> operands && (b.lhs().isConstant() || b.rhs().isConstant());
      default -> b.lhs().isPureAffine() && b.rhs().isConstant();
    };
  }

  /**
   * The largest integer known to divide every value of this expression: |c| for a constant, the
   * product for {@code *}, the gcd of the operands' for {@code +} and {@code mod}, else 1.
   */
  default long largestKnownDivisor() {
    if (this instanceof AffineConstantExpr c) {
      return Math.abs(c.value());
    }
    if (!(this instanceof AffineBinaryExpr b)) {
      return 1;
    }
    return switch (b.kind()) {
      case MUL -> b.lhs().largestKnownDivisor() * b.rhs().largestKnownDivisor();
      case ADD, MOD -> gcd(b.lhs().largestKnownDivisor(), b.rhs().largestKnownDivisor());
      default -> 1;
    };
  }

  /**
   * Whether this expression is known to be a multiple of {@code factor} (MLIR's rules); {@code
   * factor} must not be 0.
   */
  default boolean isMultipleOf(long factor) {
    if (factor == 0) {
      throw new IllegalArgumentException("factor must not be 0");
    }
    if (this instanceof AffineConstantExpr c) {
      return c.value() % factor == 0;
    }
    if (!(this instanceof AffineBinaryExpr b)) {
      return factor * factor == 1;
    }
    long l = b.lhs().largestKnownDivisor();
    long r = b.rhs().largestKnownDivisor();
    if (b.kind() == AffineExprKind.MUL) {
      return l % factor == 0 || r % factor == 0 || (l * r) % factor == 0;
    }
    return gcd(l, r) % factor == 0;
  }

  /** Whether dimension {@code position} occurs in this expression. */
  default boolean isFunctionOfDim(int position) {
    if (this instanceof AffineBinaryExpr b) {
      return b.lhs().isFunctionOfDim(position) || b.rhs().isFunctionOfDim(position);
    }
    return this instanceof AffineDimExpr d && d.position() == position;
  }

  /** Whether symbol {@code position} occurs in this expression. */
  default boolean isFunctionOfSymbol(int position) {
    if (this instanceof AffineBinaryExpr b) {
      return b.lhs().isFunctionOfSymbol(position) || b.rhs().isFunctionOfSymbol(position);
    }
    return this instanceof AffineSymbolExpr s && s.position() == position;
  }

  /** Visits every subexpression in post-order (operands before the expression itself). */
  default void walk(Consumer<? super AffineExpr> visitor) {
    if (this instanceof AffineBinaryExpr b) {
      b.lhs().walk(visitor);
      b.rhs().walk(visitor);
    }
    visitor.accept(this);
  }

  /**
   * Substitutes {@code dims.get(i)} for {@code di} and {@code symbols.get(j)} for {@code sj}
   * (positions past the end of a list stay), rebuilding changed nodes through the simplifying
   * factories.
   */
  default AffineExpr replaceDimsAndSymbols(List<AffineExpr> dims, List<AffineExpr> symbols) {
    if (this instanceof AffineDimExpr d) {
      return d.position() < dims.size() ? dims.get(d.position()) : this;
    }
    if (this instanceof AffineSymbolExpr s) {
      return s.position() < symbols.size() ? symbols.get(s.position()) : this;
    }
    if (this instanceof AffineBinaryExpr b) {
      AffineExpr lhs = b.lhs().replaceDimsAndSymbols(dims, symbols);
      AffineExpr rhs = b.rhs().replaceDimsAndSymbols(dims, symbols);
      if (lhs.equals(b.lhs()) && rhs.equals(b.rhs())) {
        return this;
      }
      return binary(b.kind(), lhs, rhs);
    }
    return this;
  }

  /** Substitutes {@code dims.get(i)} for {@code di}. */
  default AffineExpr replaceDims(List<AffineExpr> dims) {
    return replaceDimsAndSymbols(dims, List.of());
  }

  /** Substitutes {@code symbols.get(j)} for {@code sj}. */
  default AffineExpr replaceSymbols(List<AffineExpr> symbols) {
    return replaceDimsAndSymbols(List.of(), symbols);
  }

  /** Renames {@code d[offset ... numDims)} to {@code d[offset + shift ... numDims + shift)}. */
  default AffineExpr shiftDims(int numDims, int shift, int offset) {
    List<AffineExpr> dims = new ArrayList<>(numDims);
    for (int i = 0; i < numDims; i++) {
      dims.add(dim(i < offset ? i : i + shift));
    }
    return replaceDims(dims);
  }

  /** Renames {@code d0 ... d(numDims-1)} to {@code d(shift) ... d(numDims-1+shift)}. */
  default AffineExpr shiftDims(int numDims, int shift) {
    return shiftDims(numDims, shift, 0);
  }

  /**
   * Renames {@code s[offset ... numSymbols)} to {@code s[offset + shift ... numSymbols + shift)}.
   */
  default AffineExpr shiftSymbols(int numSymbols, int shift, int offset) {
    List<AffineExpr> symbols = new ArrayList<>(numSymbols);
    for (int i = 0; i < numSymbols; i++) {
      symbols.add(symbol(i < offset ? i : i + shift));
    }
    return replaceSymbols(symbols);
  }

  /** Renames {@code s0 ... s(numSymbols-1)} to {@code s(shift) ... s(numSymbols-1+shift)}. */
  default AffineExpr shiftSymbols(int numSymbols, int shift) {
    return shiftSymbols(numSymbols, shift, 0);
  }

  /** This expression with each dimension {@code di} replaced by result {@code i} of {@code map}. */
  default AffineExpr compose(AffineMap map) {
    return replaceDims(map.results());
  }

  /**
   * The value of this expression for the given dimension and symbol values, with MLIR's integer
   * semantics ({@code floordiv} and {@code ceildiv} round towards negative and positive infinity,
   * {@code mod} takes the divisor's sign, 64-bit wrap-around). Empty on a division or modulo by
   * zero. A dimension or symbol without a value is a programming error.
   */
  default OptionalLong evaluate(long[] dims, long[] symbols) {
    return AffineSimplifier.evaluate(this, dims, symbols);
  }

  private static long gcd(long a, long b) {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
