package dev.aic.opt;

import dev.aic.ir.Context;
import dev.aic.ir.DialectProvider;
import dev.aic.ir.Services;
import java.util.ArrayList;
import java.util.List;

/**
 * The dialects on the class path, found as {@link Services} so that {@code aic-opt} names none of
 * them: a new dialect is a jar with a {@code META-INF/services/dev.aic.ir.DialectProvider} entry.
 */
final class DialectCatalog {
  private final List<DialectProvider> providers;

  private DialectCatalog(List<DialectProvider> providers) {
    this.providers = providers;
  }

  /** The providers visible to the thread's context class loader, sorted by namespace. */
  static DialectCatalog discover() {
    // No stream with Comparator.comparing, whose serializable lambda no CDS archive holds: this
    // runs on every start (docs/perf.md).
    List<DialectProvider> providers =
        Services.load(DialectProvider.class, Thread.currentThread().getContextClassLoader());
    providers.sort((a, b) -> a.namespace().compareTo(b.namespace()));
    return new DialectCatalog(List.copyOf(providers));
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
  Context newContext() {
    Context context = new Context();
    for (DialectProvider provider : providers) {
      context.loadDialect(provider.create());
    }
    return context;
  }
}
