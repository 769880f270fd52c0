package dev.aic.opt;

import dev.aic.ir.Context;
import dev.aic.ir.DialectProvider;
import dev.aic.ir.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The dialects on the class path, found as {@link Services} so that {@code aic-opt} names none of
 * them: a new dialect is a jar with a {@code META-INF/services/dev.aic.ir.DialectProvider} entry.
 */
final class DialectCatalog implements Supplier<Context> {
  private final List<DialectProvider> providers;

  private DialectCatalog(List<DialectProvider> providers) {
    this.providers = providers;
  }

  /** The providers visible to the thread's context class loader, sorted by namespace. */
  static DialectCatalog discover() {
    // Sorted by insertion, without a comparator lambda: this runs on every start, where the first
    // lambda costs JDK 17 about 10 ms (docs/perf.md).
    List<DialectProvider> sorted = new ArrayList<>();
    for (DialectProvider provider :
        Services.load(DialectProvider.class, Thread.currentThread().getContextClassLoader())) {
      int at = sorted.size();
      while (at > 0 && sorted.get(at - 1).namespace().compareTo(provider.namespace()) > 0) {
        at--;
      }
      sorted.add(at, provider);
    }
    return new DialectCatalog(List.copyOf(sorted));
  }

  /** The namespaces, sorted. */
  List<String> namespaces() {
    List<String> namespaces = new ArrayList<>();
    for (DialectProvider provider : providers) {
      namespaces.add(provider.namespace());
    }
    return namespaces;
  }

  /** A fresh context with every dialect loaded; each input chunk gets its own. */
  @Override
  public Context get() {
    Context context = new Context();
    for (DialectProvider provider : providers) {
      context.loadDialect(provider.create());
    }
    return context;
  }
}
