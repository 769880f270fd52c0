package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.Objects;

/**
 * A floating-point type, {@code f32}, {@code bf16}, {@code f8E4M3FN}, ...; its {@link FloatKind}
 * gives the exact bit format.
 *
 * @param kind the format
 */
public record FloatType(FloatKind kind) implements MemRefElementType, VectorElementType {
  /** Validates the component. */
  public FloatType {
    Objects.requireNonNull(kind, "kind");
  }

  /** The float type of this format. */
  public static FloatType get(Context ctx, FloatKind kind) {
    return ctx.intern(new FloatType(kind));
  }

  /** {@code f16}. */
  public static FloatType f16(Context ctx) {
    return get(ctx, FloatKind.F16);
  }

  /** {@code bf16}. */
  public static FloatType bf16(Context ctx) {
    return get(ctx, FloatKind.BF16);
  }

  /** {@code f32}. */
  public static FloatType f32(Context ctx) {
    return get(ctx, FloatKind.F32);
  }

  /** {@code f64}. */
  public static FloatType f64(Context ctx) {
    return get(ctx, FloatKind.F64);
  }

  /** {@code f80}. */
  public static FloatType f80(Context ctx) {
    return get(ctx, FloatKind.F80);
  }

  /** {@code f128}. */
  public static FloatType f128(Context ctx) {
    return get(ctx, FloatKind.F128);
  }

  /** {@code tf32}. */
  public static FloatType tf32(Context ctx) {
    return get(ctx, FloatKind.TF32);
  }

  /** The number of bits of a value. */
  public int width() {
    return kind.width();
  }

  /** The significand's precision in bits, counting the integer bit. */
  public int precision() {
    return kind.precision();
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print(kind.keyword());
  }

  @Override
  public String toString() {
    return kind.keyword();
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof FloatType that && Objects.equals(kind, that.kind);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(kind);
  }
}
