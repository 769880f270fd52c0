package dev.aic.ir;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * Matches operations against typed view classes. Each view class is resolved once (its {@code
 * OPERATION_NAME} and constructor), then matching is a string comparison and a constructor call.
 */
public final class OpViews {
  private static final ClassValue<Matcher<?>> MATCHERS =
      new ClassValue<>() {
        @Override
        protected Matcher<?> computeValue(Class<?> type) {
          return resolve(type);
        }
      };

  private OpViews() {}

  /** Views {@code op} as {@code T}, if it has {@code T}'s name. */
  public static <T extends OpView> Optional<T> match(Operation op, Class<T> view) {
    return matcher(view).match(op);
  }

  /** The matcher of a view class. */
  @SuppressWarnings("unchecked")
  public static <T extends OpView> Matcher<T> matcher(Class<T> view) {
    return (Matcher<T>) MATCHERS.get(view);
  }

  private static <T> Matcher<T> resolve(Class<T> type) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      String name = (String) type.getField("OPERATION_NAME").get(null);
      MethodHandle constructor =
          lookup.findConstructor(type, MethodType.methodType(void.class, Operation.class));
      return new Matcher<>(type, name, constructor);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException(
          type.getName()
              + " is not an op view: it needs a public OPERATION_NAME and a public constructor"
              + " taking an Operation",
          e);
    }
  }

  /**
   * Matches operations of one view class.
   *
   * @param <T> the view class
   */
  public static final class Matcher<T> {
    private final Class<T> type;
    private final String name;
    private final MethodHandle constructor;

    private Matcher(Class<T> type, String name, MethodHandle constructor) {
      this.type = type;
      this.name = name;
      this.constructor = constructor;
    }

    /** The op name the view stands for. */
    public String operationName() {
      return name;
    }

    /** {@code op} as a view, if its name matches. */
    public Optional<T> match(Operation op) {
      if (!op.name().name().equals(name)) {
        return Optional.empty();
      }
      try {
        return Optional.of(type.cast(constructor.invoke(op)));
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("constructing " + type.getName(), e);
      }
    }
  }
}
