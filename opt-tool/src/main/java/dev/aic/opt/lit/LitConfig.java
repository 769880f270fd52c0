package dev.aic.opt.lit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test suite's configuration, as read from its {@code lit.cfg.py}.
 *
 * @param name the suite name shown in results ({@code aic :: dir/test.mlir})
 * @param sourceRoot the directory holding {@code lit.cfg.py}
 * @param execRoot where {@code Output/} directories and {@code %t} files go
 * @param suffixes file suffixes that make a file a test, e.g. {@code .mlir}
 * @param excludes file and directory names never taken as tests
 * @param substitutions the config's substitutions, applied before lit's own
 * @param features available features for REQUIRES/UNSUPPORTED/XFAIL and {@code %if}
 * @param environment the environment RUN lines see
 * @param warnings what the reader could not understand, by line, never silently ignored
 */
public record LitConfig(
    String name,
    Path sourceRoot,
    Path execRoot,
    Set<String> suffixes,
    Set<String> excludes,
    List<Substitution> substitutions,
    Set<String> features,
    Map<String, String> environment,
    List<String> warnings) {}
