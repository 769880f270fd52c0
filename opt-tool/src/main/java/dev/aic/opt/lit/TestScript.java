package dev.aic.opt.lit;

import java.util.List;

/**
 * The lit directives of one test file.
 *
 * @param directives RUN lines and DEFINE/REDEFINE directives in file order
 * @param xfails XFAIL expressions ({@code *} means always)
 * @param requires REQUIRES expressions; all must hold
 * @param unsupported UNSUPPORTED expressions; none may hold
 */
public record TestScript(
    List<Directive> directives,
    List<String> xfails,
    List<String> requires,
    List<String> unsupported) {

  /** A directive that takes part in building the shell script. */
  public sealed interface Directive {}

  /**
   * A RUN directive with its continuation lines joined.
   *
   * @param line the line the directive starts on
   * @param command the command text before substitution
   */
  public record RunLine(int line, String command) implements Directive {}

  /**
   * A {@code DEFINE:} (new) or {@code REDEFINE:} (existing) substitution.
   *
   * @param keyword {@code DEFINE:} or {@code REDEFINE:}
   * @param location lit's phrase for where it is, e.g. {@code at line 3}
   * @param name the substitution's name, e.g. {@code %{check}}
   * @param value its new value
   */
  public record SubstitutionDefinition(String keyword, String location, String name, String value)
      implements Directive {
    /** Whether this directive introduces a name rather than changing one. */
    public boolean isNew() {
      return keyword.equals("DEFINE:");
    }
  }
}
