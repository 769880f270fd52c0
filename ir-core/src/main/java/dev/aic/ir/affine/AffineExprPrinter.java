package dev.aic.ir.affine;

import java.util.function.IntFunction;

/**
 * Writes affine expressions as MLIR 22's {@code AsmPrinter} does: operators other than {@code +}
 * bind tightly and parenthesise compound operands, {@code + x * -1} prints as {@code - x}, {@code +
 * x * -c} as {@code - x * c}, {@code + -c} as {@code - c}, and {@code x * -1} as {@code -x}.
 *
 * <p>Dimension and symbol names are pluggable, so that affine operations can print their operands
 * inline ({@code %i + symbol(%n)}) through the same rules.
 */
public final class AffineExprPrinter {
  private final StringBuilder out;
  private final IntFunction<String> dimName;
  private final IntFunction<String> symbolName;

  private AffineExprPrinter(
      StringBuilder out, IntFunction<String> dimName, IntFunction<String> symbolName) {
    this.out = out;
    this.dimName = dimName;
    this.symbolName = symbolName;
  }

  /** The text of {@code expr} with the default names {@code d0}, {@code s0}. */
  public static String toText(AffineExpr expr) {
    StringBuilder out = new StringBuilder();
    print(expr, out);
    return out.toString();
  }

  /** Appends {@code expr} with the default names {@code d0}, {@code s0}. */
  public static void print(AffineExpr expr, StringBuilder out) {
    print(expr, out, i -> "d" + i, i -> "s" + i);
  }

  /** Appends {@code expr}, naming dimension {@code i} {@code dimName(i)}, and likewise symbols. */
  public static void print(
      AffineExpr expr,
      StringBuilder out,
      IntFunction<String> dimName,
      IntFunction<String> symbolName) {
    new AffineExprPrinter(out, dimName, symbolName).print(expr, false);
  }

  /**
   * Prints {@code expr}; {@code strong} says whether the context binds tighter than {@code +}, so
   * that a compound expression needs parentheses.
   */
  private void print(AffineExpr expr, boolean strong) {
    if (expr instanceof AffineDimExpr d) {
      out.append(dimName.apply(d.position()));
      return;
    }
    if (expr instanceof AffineSymbolExpr s) {
      out.append(symbolName.apply(s.position()));
      return;
    }
    if (expr instanceof AffineConstantExpr c) {
      out.append(c.value());
      return;
    }
    AffineBinaryExpr b = (AffineBinaryExpr) expr;
    if (strong) {
      out.append('(');
    }
    if (b.kind() == AffineExprKind.ADD) {
      printSum(b);
    } else if (b.kind() == AffineExprKind.MUL && isConstant(b.rhs(), -1)) {
      // e * -1 prints as -e
      out.append('-');
      print(b.lhs(), true);
    } else {
      print(b.lhs(), true);
      out.append(' ').append(b.kind().spelling()).append(' ');
      print(b.rhs(), true);
    }
    if (strong) {
      out.append(')');
    }
  }

  private void printSum(AffineBinaryExpr sum) {
    print(sum.lhs(), false);
    if (sum.rhs() instanceof AffineBinaryExpr rhs
        && rhs.kind() == AffineExprKind.MUL
        && rhs.rhs() instanceof AffineConstantExpr factor
        && factor.value() < 0) {
      out.append(" - ");
      if (factor.value() == -1) {
        // a + b * -1 prints as a - b, b parenthesised only if it is a sum
        print(rhs.lhs(), rhs.lhs().kind() == AffineExprKind.ADD);
      } else {
        // a + b * -c prints as a - b * c
        print(rhs.lhs(), true);
        out.append(" * ").append(-factor.value());
      }
      return;
    }
    if (sum.rhs() instanceof AffineConstantExpr c && c.value() < 0) {
      // a + -c prints as a - c
      out.append(" - ").append(-c.value());
      return;
    }
    out.append(" + ");
    print(sum.rhs(), false);
  }

  private static boolean isConstant(AffineExpr e, long value) {
    return e instanceof AffineConstantExpr c && c.value() == value;
  }
}
