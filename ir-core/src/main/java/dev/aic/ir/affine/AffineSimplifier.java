package dev.aic.ir.affine;

import static dev.aic.ir.affine.AffineExpr.constant;
import static dev.aic.ir.affine.AffineExprKind.ADD;
import static dev.aic.ir.affine.AffineExprKind.FLOOR_DIV;
import static dev.aic.ir.affine.AffineExprKind.MUL;

import java.util.OptionalLong;

/**
 * MLIR 22's construction-time simplification of affine expressions ({@code simplifyAdd}, {@code
 * simplifyMul}, {@code simplifyFloorDiv}, {@code simplifyCeilDiv}, {@code simplifyMod} in {@code
 * mlir/lib/IR/AffineExpr.cpp}), and the integer semantics that evaluation and constant folding
 * share.
 *
 * <p>Each {@code simplifyX} returns the simplified expression, or null when no rule applies and the
 * node is built as is. The rules are local: they look one or two levels into the operands, which
 * are themselves already canonical.
 */
final class AffineSimplifier {
  private AffineSimplifier() {}

  static AffineExpr add(AffineExpr lhs, AffineExpr rhs) {
    AffineExpr simplified = simplifyAdd(lhs, rhs);
    return simplified != null ? simplified : commutative(ADD, lhs, rhs);
  }

  static AffineExpr mul(AffineExpr lhs, AffineExpr rhs) {
    AffineExpr simplified = simplifyMul(lhs, rhs);
    return simplified != null ? simplified : commutative(MUL, lhs, rhs);
  }

  static AffineExpr floorDiv(AffineExpr lhs, AffineExpr rhs) {
    AffineExpr simplified = simplifyDiv(lhs, rhs, true);
    return simplified != null ? simplified : new AffineBinaryExpr(FLOOR_DIV, lhs, rhs);
  }

  static AffineExpr ceilDiv(AffineExpr lhs, AffineExpr rhs) {
    AffineExpr simplified = simplifyDiv(lhs, rhs, false);
    return simplified != null
        ? simplified
        : new AffineBinaryExpr(AffineExprKind.CEIL_DIV, lhs, rhs);
  }

  static AffineExpr mod(AffineExpr lhs, AffineExpr rhs) {
    AffineExpr simplified = simplifyMod(lhs, rhs);
    return simplified != null ? simplified : new AffineBinaryExpr(AffineExprKind.MOD, lhs, rhs);
  }

  /**
   * Builds {@code lhs + rhs} or {@code lhs * rhs} with two leaf identifiers in MLIR's order: dims
   * before symbols, each by position.
   */
  private static AffineExpr commutative(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) {
    // d1 + d0 -> d0 + d1, s1 * s0 -> s0 * s1
    if (leafRank(lhs) >= 0 && leafRank(rhs) >= 0 && leafRank(lhs) > leafRank(rhs)) {
      return new AffineBinaryExpr(kind, rhs, lhs);
    }
    return new AffineBinaryExpr(kind, lhs, rhs);
  }

  /** Dims rank by position, symbols after all dims; -1 for anything else. */
  private static long leafRank(AffineExpr e) {
    if (e instanceof AffineDimExpr d) {
      return d.position();
    }
    if (e instanceof AffineSymbolExpr s) {
      return (1L << 32) + s.position();
    }
    return -1;
  }

  private static AffineExpr simplifyAdd(AffineExpr lhs, AffineExpr rhs) {
    // c1 + c2 -> (c1 + c2)
    if (lhs instanceof AffineConstantExpr l && rhs instanceof AffineConstantExpr r) {
      return constant(l.value() + r.value());
    }
    // c + e -> e + c; symbolic + e -> e + symbolic
    if (lhs.isConstant() || (lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant())) {
      return add(rhs, lhs);
    }
    // e + 0 -> e
    if (rhs instanceof AffineConstantExpr r && r.value() == 0) {
      return lhs;
    }
    AffineBinaryExpr lhsAdd = as(lhs, ADD);
    // (e + c1) + c2 -> e + (c1 + c2)
    if (lhsAdd != null && rhs.isConstant() && lhsAdd.rhs().isConstant()) {
      return add(lhsAdd.lhs(), constant(lhsAdd.rhs().constantValue() + rhs.constantValue()));
    }
    // e * c1 + e * c2 -> e * (c1 + c2), a term without a constant factor counting as e * 1
    AffineBinaryExpr lhsMul = as(lhs, MUL);
    AffineBinaryExpr rhsMul = as(rhs, MUL);
    boolean lhsScaled = lhsMul != null && lhsMul.rhs().isConstant();
    boolean rhsScaled = rhsMul != null && rhsMul.rhs().isConstant();
    AffineExpr lhsTerm = lhsScaled ? lhsMul.lhs() : lhs;
    AffineExpr rhsTerm = rhsScaled ? rhsMul.lhs() : rhs;
    if (lhsTerm.equals(rhsTerm)) {
      long lhsFactor = lhsScaled ? lhsMul.rhs().constantValue() : 1;
      long rhsFactor = rhsScaled ? rhsMul.rhs().constantValue() : 1;
      return mul(lhsTerm, constant(lhsFactor + rhsFactor));
    }
    // (e1 + c) + e2 -> (e1 + e2) + c
    if (lhsAdd != null && lhsAdd.rhs().isConstant()) {
      return add(add(lhsAdd.lhs(), rhs), lhsAdd.rhs());
    }
    return rhsMul == null ? null : simplifyAddToMod(lhs, rhsMul);
  }

  /** Recognises {@code e - (e floordiv q) * q} as {@code e mod q}. */
  private static AffineExpr simplifyAddToMod(AffineExpr lhs, AffineBinaryExpr rhs) {
    if (rhs.rhs() instanceof AffineConstantExpr minusOne && minusOne.value() == -1) {
      AffineBinaryExpr product = as(rhs.lhs(), MUL);
      if (product != null) {
        AffineBinaryExpr quotient = as(product.lhs(), FLOOR_DIV);
        // e + ((e floordiv q) * q) * -1 -> e mod q
        if (quotient != null
            && quotient.rhs().equals(product.rhs())
            && quotient.lhs().equals(lhs)) {
          return mod(lhs, product.rhs());
        }
        return null;
      }
    }
    AffineBinaryExpr quotient = as(rhs.lhs(), FLOOR_DIV);
    if (quotient == null
        || !(quotient.rhs() instanceof AffineConstantExpr divisor)
        || divisor.value() < 1
        || !rhs.rhs().equals(constant(-divisor.value()))) {
      return null;
    }
    // e + (e floordiv c) * -c -> e mod c, for c >= 1
    if (quotient.lhs().equals(lhs)) {
      return mod(lhs, divisor);
    }
    // (e1 + e) + (e floordiv c) * -c -> e1 + e mod c, for c >= 1
    AffineBinaryExpr lhsAdd = as(lhs, ADD);
    if (lhsAdd != null && lhsAdd.rhs().equals(quotient.lhs())) {
      return add(lhsAdd.lhs(), mod(quotient.lhs(), divisor));
    }
    return null;
  }

  private static AffineExpr simplifyMul(AffineExpr lhs, AffineExpr rhs) {
    // c1 * c2 -> (c1 * c2)
    if (lhs instanceof AffineConstantExpr l && rhs instanceof AffineConstantExpr r) {
      return constant(l.value() * r.value());
    }
    if (!lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant()) {
      // Not affine (MLIR asserts); keep the product as built.
      return null;
    }
    // c * e -> e * c; symbolic * e -> e * symbolic
    if (!rhs.isSymbolicOrConstant() || lhs.isConstant()) {
      return mul(rhs, lhs);
    }
    if (rhs instanceof AffineConstantExpr r) {
      // e * 1 -> e
      if (r.value() == 1) {
        return lhs;
      }
      // e * 0 -> 0
      if (r.value() == 0) {
        return r;
      }
    }
    AffineBinaryExpr lhsMul = as(lhs, MUL);
    if (lhsMul != null && lhsMul.rhs() instanceof AffineConstantExpr c) {
      // (e * c1) * c2 -> e * (c1 * c2)
      if (rhs instanceof AffineConstantExpr r) {
        return mul(lhsMul.lhs(), constant(c.value() * r.value()));
      }
      // (e1 * c) * e2 -> (e1 * e2) * c
      return mul(mul(lhsMul.lhs(), rhs), c);
    }
    return null;
  }

  /** {@code floordiv} when {@code floor} is set, else {@code ceildiv}. */
  private static AffineExpr simplifyDiv(AffineExpr lhs, AffineExpr rhs, boolean floor) {
    // Division by a non-constant or by zero stays as is.
    if (!(rhs instanceof AffineConstantExpr divisor) || divisor.value() == 0) {
      return null;
    }
    long c = divisor.value();
    // c1 floordiv c2 -> floor(c1 / c2); c1 ceildiv c2 -> ceil(c1 / c2)
    if (lhs instanceof AffineConstantExpr l) {
      return constant(floor ? Math.floorDiv(l.value(), c) : ceilDiv(l.value(), c));
    }
    // e floordiv 1 -> e; e ceildiv 1 -> e
    if (c == 1) {
      return lhs;
    }
    // (e * k) floordiv c -> e * (k / c) when c divides k (likewise ceildiv)
    AffineBinaryExpr lhsMul = as(lhs, MUL);
    if (lhsMul != null && lhsMul.rhs() instanceof AffineConstantExpr k && k.value() % c == 0) {
      return mul(lhsMul.lhs(), constant(k.value() / c));
    }
    // (e1 + e2) floordiv c -> e1 floordiv c + e2 floordiv c when c divides e1 or e2
    AffineBinaryExpr lhsAdd = as(lhs, ADD);
    if (floor
        && lhsAdd != null
        && (lhsAdd.lhs().largestKnownDivisor() % c == 0
            || lhsAdd.rhs().largestKnownDivisor() % c == 0)) {
      return add(floorDiv(lhsAdd.lhs(), divisor), floorDiv(lhsAdd.rhs(), divisor));
    }
    return null;
  }

  private static AffineExpr simplifyMod(AffineExpr lhs, AffineExpr rhs) {
    // Modulo by a non-constant, zero or a negative constant stays as is.
    if (!(rhs instanceof AffineConstantExpr modulus) || modulus.value() < 1) {
      return null;
    }
    long c = modulus.value();
    // c1 mod c2 -> c1 - floor(c1 / c2) * c2
    if (lhs instanceof AffineConstantExpr l) {
      return constant(Math.floorMod(l.value(), c));
    }
    // e mod c -> 0 when c divides e
    if (lhs.largestKnownDivisor() % c == 0) {
      return constant(0);
    }
    AffineBinaryExpr lhsAdd = as(lhs, ADD);
    if (lhsAdd != null) {
      // (e1 + e2) mod c -> e2 mod c when c divides e1
      if (lhsAdd.lhs().largestKnownDivisor() % c == 0) {
        return mod(lhsAdd.rhs(), modulus);
      }
      // (e1 + e2) mod c -> e1 mod c when c divides e2
      if (lhsAdd.rhs().largestKnownDivisor() % c == 0) {
        return mod(lhsAdd.lhs(), modulus);
      }
    }
    // (e mod a) mod b -> e mod b when b divides a
    AffineBinaryExpr lhsMod = as(lhs, AffineExprKind.MOD);
    if (lhsMod != null
        && lhsMod.rhs() instanceof AffineConstantExpr a
        && a.value() >= 1
        && a.value() % c == 0) {
      return mod(lhsMod.lhs(), modulus);
    }
    return null;
  }

  private static AffineBinaryExpr as(AffineExpr e, AffineExprKind kind) {
    return e instanceof AffineBinaryExpr b && b.kind() == kind ? b : null;
  }

  /** {@code ceil(a / b)} for {@code b != 0}. */
  static long ceilDiv(long a, long b) {
    long q = a / b;
    return (a % b != 0 && (a ^ b) >= 0) ? q + 1 : q;
  }

  static OptionalLong evaluate(AffineExpr e, long[] dims, long[] symbols) {
    if (e instanceof AffineConstantExpr c) {
      return OptionalLong.of(c.value());
    }
    if (e instanceof AffineDimExpr d) {
      return OptionalLong.of(dims[d.position()]);
    }
    if (e instanceof AffineSymbolExpr s) {
      return OptionalLong.of(symbols[s.position()]);
    }
    AffineBinaryExpr b = (AffineBinaryExpr) e;
    OptionalLong lhs = evaluate(b.lhs(), dims, symbols);
    OptionalLong rhs = evaluate(b.rhs(), dims, symbols);
    if (lhs.isEmpty() || rhs.isEmpty()) {
      return OptionalLong.empty();
    }
    long l = lhs.getAsLong();
    long r = rhs.getAsLong();
    return switch (b.kind()) {
      case ADD -> OptionalLong.of(l + r);
      case MUL -> OptionalLong.of(l * r);
      case FLOOR_DIV -> r == 0 ? OptionalLong.empty() : OptionalLong.of(Math.floorDiv(l, r));
      case CEIL_DIV -> r == 0 ? OptionalLong.empty() : OptionalLong.of(ceilDiv(l, r));
      case MOD -> r == 0 ? OptionalLong.empty() : OptionalLong.of(Math.floorMod(l, r));
      default -> throw new AssertionError(b.kind());
    };
  }
}
