package dev.aic.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.pass.PassProvider;
import dev.aic.ir.transforms.TransformsProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesTest {
  private static final ClassLoader LOADER = ServicesTest.class.getClassLoader();

  @TempDir Path dir;

  /** A jar holding only the given service files (name under META-INF/services to contents). */
  private Path jar(Map<String, String> serviceFiles) throws IOException {
    Path jar = dir.resolve("services.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("META-INF/services/"));
      for (Map.Entry<String, String> file : serviceFiles.entrySet()) {
        out.putNextEntry(new JarEntry("META-INF/services/" + file.getKey()));
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
      }
      out.putNextEntry(new JarEntry("dev/aic/Unrelated.class"));
    }
    return jar;
  }

  private Path indexOf(Path jar) throws IOException {
    Path index = dir.resolve("index");
    Services.main(new String[] {jar.toString(), index.toString()});
    return index;
  }

  private static List<Class<?>> classes(List<?> providers) {
    return providers.stream().<Class<?>>map(Object::getClass).toList();
  }

  @Test
  void serviceFilesKeepOrderAndDropCommentsBlanksAndRepeats() {
    assertEquals(
        List.of("a.B", "c.D"), Services.classNames("# header\n a.B # first\n\nc.D\r\na.B\n"));
  }

  @Test
  void theIndexFindsWhatServiceLoaderFinds() throws IOException {
    Path index =
        indexOf(
            jar(
                Map.of(
                    PassProvider.class.getName(),
                    "# the generic passes\n" + TransformsProvider.class.getName() + "\n")));
    List<PassProvider> indexed = Services.load(PassProvider.class, LOADER, index.toString());
    assertEquals(List.of(TransformsProvider.class), classes(indexed));
    assertEquals(classes(Services.load(PassProvider.class, LOADER, null)), classes(indexed));
  }

  @Test
  void aServiceTheIndexDoesNotListHasNoProviders() throws IOException {
    Path index = indexOf(jar(Map.of("dev.aic.Other", "x.Y\n")));
    assertEquals(List.of(), Services.load(PassProvider.class, LOADER, index.toString()));
  }

  @Test
  void aProviderThatCannotBeLoadedIsAConfigurationError() throws IOException {
    Path index =
        indexOf(
            jar(
                Map.of(
                    PassProvider.class.getName(),
                    "dev.aic.NoSuchProvider\n",
                    DialectProvider.class.getName(),
                    TransformsProvider.class.getName())));
    ServiceConfigurationError missing =
        assertThrows(
            ServiceConfigurationError.class,
            () -> Services.load(PassProvider.class, LOADER, index.toString()));
    assertEquals(ClassNotFoundException.class, missing.getCause().getClass());
    // Listed under a service it does not implement.
    assertThrows(
        ServiceConfigurationError.class,
        () -> Services.load(DialectProvider.class, LOADER, index.toString()));
  }

  @Test
  void theIndexHoldsAicServicesSortedAndKeepsEachFilesOrder() throws IOException {
    Path jar =
        jar(
            Map.of(
                "dev.aic.B", "b.Impl\n",
                "dev.aic.A", "a.Two\na.One\n",
                "org.library.Service", "org.library.Impl\n"));
    assertEquals(
        List.of("dev.aic.A=a.Two a.One", "dev.aic.B=b.Impl"),
        Files.readAllLines(indexOf(jar)).stream().filter(line -> !line.startsWith("#")).toList());
  }

  @Test
  void classNamesBeyondAsciiSurviveTheIndex() throws IOException {
    Path index = indexOf(jar(Map.of(PassProvider.class.getName(), "dev.aic.Ωλé\n")));
    ServiceConfigurationError error =
        assertThrows(
            ServiceConfigurationError.class,
            () -> Services.load(PassProvider.class, LOADER, index.toString()));
    assertTrue(error.getMessage().contains("provider dev.aic.Ωλé could not"), error.getMessage());
  }
}
