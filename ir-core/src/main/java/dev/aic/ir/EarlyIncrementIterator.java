package dev.aic.ir;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/**
 * Iterates an intrusive list, reading the next element before handing out the current one, so the
 * caller may unlink or erase the element it was given (MLIR's {@code make_early_inc_range}).
 *
 * @param <T> the element type
 */
final class EarlyIncrementIterator<T> implements Iterator<T> {
  private final UnaryOperator<T> step;
  private T next;

  private EarlyIncrementIterator(T first, UnaryOperator<T> step) {
    this.next = first;
    this.step = step;
  }

  /** Iterates from {@code first}, following {@code step} until it gives {@code null}. */
  static <T> Iterator<T> from(T first, UnaryOperator<T> step) {
    return new EarlyIncrementIterator<>(first, step);
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public T next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    T current = next;
    next = step.apply(current);
    return current;
  }
}
