package dev.aic.ir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The implementations of a service interface ({@link DialectProvider}, pass providers, ...): those
 * {@link ServiceLoader} finds, or those a <em>service index</em> lists.
 *
 * <p>The index exists for start-up time only. Finding services makes {@code ServiceLoader} open the
 * class path's jars and read their {@code META-INF/services} files, which costs a short run about
 * 20 ms, while every class it then loads already comes from the class-data-sharing archive. The
 * {@code aic-opt} launcher runs one fixed jar, so the build writes that jar's service files into an
 * index ({@link #main}) and the launcher names it in the system property {@value #INDEX_PROPERTY}.
 * For each of aic's services (those named {@code dev.aic.*}) the index lists the same classes in
 * the same order, so a run with it finds exactly what {@code ServiceLoader} would.
 */
public final class Services {
  /** The system property naming the service index file; without it, {@link ServiceLoader}. */
  public static final String INDEX_PROPERTY = "aic.service-index";

  private static final String SERVICES_DIRECTORY = "META-INF/services/";

  /**
   * The services an index lists: aic's own extension points. Libraries in the jar declare services
   * of their own (Eclipse Collections about 170), which only {@link ServiceLoader} reads.
   */
  private static final String INDEXED_SERVICES = "dev.aic.";

  private Services() {}

  /**
   * New instances of every implementation of {@code service} that {@code loader} sees, in class
   * path order.
   *
   * @throws ServiceConfigurationError if an implementation cannot be loaded or instantiated
   */
  public static <S> List<S> load(Class<S> service, ClassLoader loader) {
    return load(service, loader, System.getProperty(INDEX_PROPERTY));
  }

  /** {@link #load(Class, ClassLoader)} with the index file named, or {@code null} for none. */
  static <S> List<S> load(Class<S> service, ClassLoader loader, String index) {
    List<S> found = new ArrayList<>();
    if (index == null) {
      for (S provider : ServiceLoader.load(service, loader)) {
        found.add(provider);
      }
      return found;
    }
    String names = readIndex(Path.of(index)).getProperty(service.getName(), "");
    for (String name : names.split(" ")) {
      if (!name.isEmpty()) {
        found.add(instantiate(service, name, loader));
      }
    }
    return found;
  }

  /**
   * Writes the service index of a jar: a properties file mapping each of aic's services to its
   * classes, separated by spaces, sorted by service so that the same jar always gives the same
   * bytes.
   *
   * @param args the jar, then the index file to write
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Services JAR INDEX");
    }
    StringBuilder index = new StringBuilder("# The service files of ");
    index.append(Path.of(args[0]).getFileName()).append(" (dev.aic.ir.Services)\n");
    for (Map.Entry<String, List<String>> service : serviceFiles(Path.of(args[0])).entrySet()) {
      index.append(service.getKey()).append('=');
      index.append(String.join(" ", service.getValue())).append('\n');
    }
    // A properties file is ISO 8859-1: class names beyond ASCII go in as backslash-u escapes of
    // four
    // hex digits, which Properties.load decodes.
    StringBuilder escaped = new StringBuilder(index.length());
    for (int i = 0; i < index.length(); i++) {
      char c = index.charAt(i);
      if (c < 0x80) {
        escaped.append(c);
      } else {
        escaped.append(String.format("\\u%04x", (int) c));
      }
    }
    Files.writeString(Path.of(args[1]), escaped, StandardCharsets.ISO_8859_1);
  }

  /** The service files of {@code jar}: each service's name mapped to its classes, in order. */
  private static SortedMap<String, List<String>> serviceFiles(Path jar) throws IOException {
    SortedMap<String, List<String>> services = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith(SERVICES_DIRECTORY + INDEXED_SERVICES) && !entry.isDirectory()) {
          try (InputStream in = file.getInputStream(entry)) {
            services.put(
                name.substring(SERVICES_DIRECTORY.length()),
                classNames(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
        }
      }
    }
    return services;
  }

  /** The class names of a service file: one per line, {@code #} starts a comment. */
  static List<String> classNames(String serviceFile) {
    List<String> names = new ArrayList<>();
    for (String line : serviceFile.split("\n")) {
      int comment = line.indexOf('#');
      String name = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static Properties readIndex(Path index) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(index)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the service index " + index, e);
    }
    return properties;
  }

  private static <S> S instantiate(Class<S> service, String name, ClassLoader loader) {
    try {
      Class<?> type = Class.forName(name, true, loader);
      return service.cast(type.getConstructor().newInstance());
    } catch (ReflectiveOperationException | ClassCastException e) {
      Throwable cause = e instanceof InvocationTargetException i ? i.getCause() : e;
      throw new ServiceConfigurationError(
          service.getName() + ": provider " + name + " could not be instantiated", cause);
    }
  }
}
