package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lit.cfg.py subset, and warnings that name every line outside it. */
class LitConfigReaderTest {
  @TempDir Path dir;

  @Test
  void readsTheSuiteConfigWithoutWarnings() throws Exception {
    Path cfg = Path.of("..", "tests", "lit", "lit.cfg.py").toAbsolutePath().normalize();
    LitConfig config = LitConfigReader.read(cfg, Map.of("PATH", "/usr/bin:/bin"));
    assertEquals(List.of(), config.warnings());
    assertEquals("aic", config.name());
    assertEquals(Set.of(".mlir", ".test", ".txt"), config.suffixes());
    assertTrue(config.excludes().contains("lit.cfg.py"));
    assertEquals(cfg.getParent(), config.sourceRoot());
    String repoBin = cfg.getParent().getParent().getParent().resolve("bin").toString();
    assertEquals(repoBin + ":/usr/lib/llvm-22/bin:/usr/bin:/bin", config.environment().get("PATH"));
    assertEquals(
        Files.isExecutable(Path.of("/usr/lib/llvm-22/bin/mlir-opt")),
        config.features().contains("mlir-opt"));
  }

  @Test
  void understandsBranchesSubstitutionsAndFeatures() throws Exception {
    Path cfg = dir.resolve("lit.cfg.py");
    Files.writeString(
        cfg,
        String.join(
            "\n",
            "import os",
            "config.name = 'demo'  # a comment",
            "config.suffixes = [",
            "    '.a',",
            "    \".b\",",
            "]",
            "root = os.path.join(os.path.dirname(__file__), 'x')",
            "if os.environ.get('NOPE'):",
            "    config.available_features.add('nope')",
            "elif 'x' == 'x':",
            "    config.available_features.add('elif')",
            "    if False:",
            "        config.available_features.add('inner')",
            "else:",
            "    config.available_features.add('else')",
            "config.substitutions.append(('%root', root + '/'))",
            ""));
    LitConfig config = LitConfigReader.read(cfg, Map.of("PATH", ""));
    assertEquals(List.of(), config.warnings());
    assertEquals("demo", config.name());
    assertEquals(Set.of(".a", ".b"), config.suffixes());
    assertEquals(Set.of("elif"), config.features());
    assertEquals(dir.resolve("x") + "/", config.substitutions().get(0).replacement());
  }

  @Test
  void namesWhatItDoesNotUnderstand() throws Exception {
    Path cfg = dir.resolve("lit.cfg.py");
    Files.writeString(
        cfg,
        String.join(
            "\n",
            "from lit.llvm import llvm_config",
            "config.name = 'x'",
            "llvm_config.use_default_substitutions()",
            "if some_function():",
            "    config.available_features.add('skipped')",
            "config.test_format = lit.formats.ShTest(True)",
            ""));
    LitConfig config = LitConfigReader.read(cfg, Map.of());
    assertEquals(4, config.warnings().size(), () -> String.join("\n", config.warnings()));
    assertTrue(config.warnings().get(0).startsWith("lit.cfg.py:1: aic-lit does not understand"));
    assertTrue(config.warnings().get(1).contains("lit.cfg.py:3:"));
    assertTrue(config.warnings().get(2).contains("lit.cfg.py:4:"));
    assertTrue(config.warnings().get(3).contains("external shell"));
    assertEquals(Set.of(), config.features());
  }
}
