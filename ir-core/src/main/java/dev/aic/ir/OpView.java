package dev.aic.ir;

/**
 * A typed view over an {@link Operation}, as generated op classes are: {@code record
 * AddIOp(Operation op) implements OpView}. A view class declares {@code public static final String
 * OPERATION_NAME} and a constructor taking the operation; {@link Operation#walk(Class,
 * java.util.function.Consumer)} and {@link OpViews} use both.
 */
public interface OpView {
  /** The viewed operation. */
  Operation op();
}
