package dev.aic.ir;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An intrusive list from a given element on, iterated one step ahead: the next element is read
 * before the current one is handed out, so the caller may unlink or erase the element it was given
 * (MLIR's {@code make_early_inc_range}).
 *
 * <p>Each list is an anonymous subclass rather than a step function given as a lambda: lists are
 * walked on every run, and on JDK 17 the first lambda of a run costs about 10 ms of method-handle
 * set-up (docs/perf.md, start-up).
 *
 * @param <T> the element type
 */
abstract class EarlyIncrementRange<T> implements Iterable<T> {
  private final T first;

  private EarlyIncrementRange(T first) {
    this.first = first;
  }

  /** The element after {@code element} in the list, or {@code null} at its end. */
  abstract T after(T element);

  /** The ops of a block from {@code first} on. */
  static Iterable<Operation> ops(Operation first) {
    return new EarlyIncrementRange<>(first) {
      @Override
      Operation after(Operation op) {
        return op.next;
      }
    };
  }

  /** The ops of a block from {@code last} back to the first. */
  static Iterable<Operation> opsReversed(Operation last) {
    return new EarlyIncrementRange<>(last) {
      @Override
      Operation after(Operation op) {
        return op.prev;
      }
    };
  }

  /** The blocks of a region from {@code first} on. */
  static Iterable<Block> blocks(Block first) {
    return new EarlyIncrementRange<>(first) {
      @Override
      Block after(Block block) {
        return block.next;
      }
    };
  }

  /** The uses of a value from {@code first} on. */
  static Iterable<OpOperand> uses(OpOperand first) {
    return new EarlyIncrementRange<>(first) {
      @Override
      OpOperand after(OpOperand use) {
        return use.nextUse;
      }
    };
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private T next = first;

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
        next = after(current);
        return current;
      }
    };
  }
}
