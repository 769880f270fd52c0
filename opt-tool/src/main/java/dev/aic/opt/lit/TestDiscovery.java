package dev.aic.opt.lit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds tests the way lit does: each path belongs to the suite of the nearest {@code lit.cfg.py}
 * above it; a file named on the command line is a test whatever its suffix; a directory is searched
 * for files whose last extension is one of the suite's suffixes, skipping excluded names, {@code
 * Output} directories and names starting with a dot.
 */
public final class TestDiscovery {
  /** The configuration file name both runners read. */
  public static final String CONFIG_NAME = "lit.cfg.py";

  private final Map<String, String> processEnv;
  private final Map<Path, LitConfig> configs = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();

  /** Discovery with {@code processEnv} as the environment configs see. */
  public TestDiscovery(Map<String, String> processEnv) {
    this.processEnv = processEnv;
  }

  /** Configuration warnings and paths without a suite, in the order met. */
  public List<String> warnings() {
    return warnings;
  }

  /** The tests under {@code paths}, each once, in path order per argument. */
  public List<LitTest> discover(List<Path> paths) throws IOException {
    Map<Path, LitTest> tests = new LinkedHashMap<>();
    for (Path given : paths) {
      Path path = given.toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        warnings.add("input '" + given + "' contained no tests");
        continue;
      }
      Path configFile = findConfig(Files.isDirectory(path) ? path : path.getParent());
      if (configFile == null) {
        warnings.add("unable to find test suite for '" + given + "'");
        continue;
      }
      LitConfig config = config(configFile);
      if (Files.isDirectory(path)) {
        for (Path file : searchDirectory(path, config)) {
          tests.putIfAbsent(file, test(config, file));
        }
      } else {
        tests.putIfAbsent(path, test(config, path));
      }
    }
    return List.copyOf(tests.values());
  }

  private static LitTest test(LitConfig config, Path file) {
    String inSuite = config.sourceRoot().relativize(file).toString().replace('\\', '/');
    return new LitTest(config, inSuite, file);
  }

  private LitConfig config(Path configFile) throws IOException {
    LitConfig config = configs.get(configFile);
    if (config == null) {
      config = LitConfigReader.read(configFile, processEnv);
      configs.put(configFile, config);
      warnings.addAll(config.warnings());
    }
    return config;
  }

  private static Path findConfig(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(CONFIG_NAME))) {
        return d.resolve(CONFIG_NAME);
      }
    }
    return null;
  }

  private List<Path> searchDirectory(Path dir, LitConfig config) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || config.excludes().contains(name)) {
          continue;
        }
        if (Files.isDirectory(entry)) {
          if (name.equals("Output")) {
            continue;
          }
          if (Files.exists(entry.resolve("lit.local.cfg"))) {
            warnings.add(entry.resolve("lit.local.cfg") + ": aic-lit does not read lit.local.cfg");
          }
          found.addAll(searchDirectory(entry, config));
        } else if (config.suffixes().contains(extension(name))) {
          found.add(entry);
        }
      }
    }
    return found;
  }

  /** Python's {@code os.path.splitext(name)[1]}: the last extension, none for dot files. */
  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot);
  }
}
