package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.type.ShapedType;
import java.util.function.LongFunction;

/** The nested-list layout MLIR prints dense elements in, shared by every element kind. */
final class DenseElementsPrinter {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private DenseElementsPrinter() {}

  /**
   * Writes a splat as its one element, an empty shape as nothing, and otherwise one bracket level
   * per dimension: {@code [[1, 2], [3, 4]]}.
   */
  static void printNested(
      AttrTypePrinter p, ShapedType type, boolean splat, LongFunction<String> element) {
    if (splat) {
      p.print(element.apply(0));
      return;
    }
    long n = type.numElements();
    if (n == 0) {
      return;
    }
    int rank = type.rank();
    long[] counter = new long[rank];
    int open = 0;
    StringBuilder out = new StringBuilder();
    for (long idx = 0; idx < n; idx++) {
      if (idx != 0) {
        out.append(", ");
      }
      while (open < rank) {
        out.append('[');
        open++;
      }
      out.append(element.apply(idx));
      // Bump the mixed-radix counter, closing a bracket for each digit that rolls over.
      if (rank > 0) {
        counter[rank - 1]++;
        for (int i = rank - 1; i > 0; i--) {
          if (counter[i] >= type.shape().get(i)) {
            counter[i] = 0;
            counter[i - 1]++;
            open--;
            out.append(']');
          }
        }
      }
    }
    while (open-- > 0) {
      out.append(']');
    }
    p.print(out.toString());
  }

  /** {@code "0x0100..."}: the bytes in upper-case hex, quoted. */
  static String hexString(byte[] data) {
    StringBuilder out = new StringBuilder(data.length * 2 + 4).append("\"0x");
    for (byte b : data) {
      out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }
    return out.append('"').toString();
  }
}
