package dev.aic.ir;

/**
 * Makes a {@link Dialect} known to tools without naming it: each module that defines dialects lists
 * its providers in {@code META-INF/services/dev.aic.ir.DialectProvider}, and tools such as {@code
 * aic-opt} find them with {@link java.util.ServiceLoader}. The namespace is known before the
 * dialect is built, so listing dialects ({@code --show-dialects}) initializes none.
 */
public interface DialectProvider {
  /** The namespace of the dialect this provider creates, e.g. {@code arith}. */
  String namespace();

  /** A new instance of the dialect, for {@link Context#loadDialect}; one per context. */
  Dialect create();
}
