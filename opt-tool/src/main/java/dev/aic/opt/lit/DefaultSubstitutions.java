package dev.aic.opt.lit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The substitutions lit 22 defines for every ShTest, after the config's own: {@code %s %S %p %t}
 * and their {@code %/x}, {@code %{x:real}}, {@code %{/x:real}}, {@code %{/x:regex_replacement}},
 * {@code %:x} variants, {@code %basename_t}, {@code %{s:basename}}, {@code %{t:stem}}, {@code
 * %{pathsep}}, {@code %{fs-src-root}}, {@code %{fs-tmp-root}}, {@code %{fs-sep}} and {@code %/et}.
 * ({@code %T} was removed in lit 22 and is an error; {@code %%} is a literal percent.)
 */
public final class DefaultSubstitutions {
  private DefaultSubstitutions() {}

  /** The full substitution list for {@code test}: config substitutions first, then lit's. */
  public static List<Substitution> forTest(LitTest test) {
    List<Substitution> list = new ArrayList<>(test.config().substitutions());
    String sourcePath = test.source().toAbsolutePath().normalize().toString();
    String sourceDir = test.source().toAbsolutePath().normalize().getParent().toString();
    Path tmpBase = test.tmpBase().toAbsolutePath().normalize();
    String tmpName = tmpBase + ".tmp";
    String tmpBaseName = tmpBase.getFileName().toString();

    list.add(Substitution.literal("%{pathsep}", File.pathSeparator));
    list.add(Substitution.literal("%basename_t", tmpBaseName));
    list.add(Substitution.literal("%{s:basename}", test.source().getFileName().toString()));
    list.add(Substitution.literal("%{t:stem}", tmpBaseName));
    list.add(Substitution.literal("%{fs-src-root}", root(sourceDir)));
    list.add(Substitution.literal("%{fs-tmp-root}", root(tmpBase.toString())));
    list.add(Substitution.literal("%{fs-sep}", File.separator));
    list.add(Substitution.literal("%/et", tmpName.replace("\\", "\\\\\\\\\\\\\\\\")));
    addPathVariants(list, "s", sourcePath);
    addPathVariants(list, "S", sourceDir);
    addPathVariants(list, "p", sourceDir);
    addPathVariants(list, "t", tmpName);
    return list;
  }

  private static String root(String path) {
    Path root = Path.of(path).getRoot();
    return root == null ? "" : root.toString();
  }

  private static void addPathVariants(List<Substitution> list, String letter, String path) {
    String slashed = path.replace('\\', '/');
    String real = realPath(path);
    list.add(Substitution.literal("%" + letter, path));
    list.add(Substitution.literal("%/" + letter, slashed));
    list.add(Substitution.literal("%{" + letter + ":real}", real));
    list.add(Substitution.literal("%{/" + letter + ":real}", real.replace('\\', '/')));
    list.add(
        Substitution.literal(
            "%{/" + letter + ":regex_replacement}",
            slashed.replace("@", "\\@").replace("&", "\\&")));
    list.add(Substitution.literal("%:" + letter, colonNormalized(path)));
  }

  /** Python's {@code os.path.realpath}: symbolic links resolved as far as the path exists. */
  static String realPath(String path) {
    Path p = Path.of(path);
    Path missing = Path.of("");
    while (p != null) {
      try {
        return p.toRealPath().resolve(missing).toString();
      } catch (IOException e) {
        missing = p.getFileName().resolve(missing);
        p = p.getParent();
      }
    }
    return path;
  }

  private static String colonNormalized(String path) {
    if (File.separatorChar == '\\') {
      return path.replace('\\', '/').replaceFirst("^(.):", "$1");
    }
    return path.substring(1);
  }
}
