package dev.aic.opt;

import dev.aic.ir.Context;
import dev.aic.ir.DialectProvider;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The dialects on the class path, found through {@link ServiceLoader} so that {@code aic-opt} names
 * none of them: a new dialect is a jar with a {@code META-INF/services/dev.aic.ir.DialectProvider}
 * entry.
 */
final class DialectCatalog {
  private final List<DialectProvider> providers;

  private DialectCatalog(List<DialectProvider> providers) {
    this.providers = providers;
  }

  /** The providers visible to the thread's context class loader, sorted by namespace. */
  static DialectCatalog discover() {
    return new DialectCatalog(
        ServiceLoader.load(DialectProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparing(DialectProvider::namespace))
            .toList());
  }

  /** The namespaces, sorted. */
  List<String> namespaces() {
    return providers.stream().map(DialectProvider::namespace).toList();
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
