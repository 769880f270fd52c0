package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Substitution order, %%, %if and (RE)DEFINE, as lit's applySubstitutions. */
class ScriptExpanderTest {
  private static List<String> expand(String text, List<Substitution> subs, Set<String> features)
      throws LitSyntaxException {
    return ScriptExpander.expand(TestScriptParser.parse(text), subs, features).stream()
        .map(TestScript.RunLine::command)
        .toList();
  }

  private static final List<Substitution> PATHS =
      List.of(
          Substitution.literal("%basename_t", "f.mlir"),
          Substitution.literal("%s", "/src/f.mlir"),
          Substitution.literal("%t", "/out/Output/f.mlir.tmp"));

  @Test
  void substitutionsApplyInOrderAndPercentPercentIsLiteral() throws LitSyntaxException {
    assertEquals(
        List.of("tool /src/f.mlir -o /out/Output/f.mlir.tmp f.mlir %s 100%"),
        expand("// RUN: tool %s -o %t %basename_t %%s 100%%\n", PATHS, Set.of()));
  }

  @Test
  void conditionalsPickABranch() throws LitSyntaxException {
    String script = "// RUN: a %if feat %{ yes %} %else %{ no %} b\n";
    assertEquals(List.of("a  yes  b"), expand(script, PATHS, Set.of("feat")));
    assertEquals(List.of("a  no  b"), expand(script, PATHS, Set.of()));
    assertThrows(
        LitSyntaxException.class, () -> expand("// RUN: %if x %{ open\n", PATHS, Set.of()));
  }

  @Test
  void defineAndRedefineChangeLaterLines() throws LitSyntaxException {
    assertEquals(
        List.of("one /src/f.mlir", "two"),
        expand(
            "// DEFINE: %{cmd} = one %s\n// RUN: %{cmd}\n// REDEFINE: %{cmd} = two\n// RUN: %{cmd}\n",
            PATHS, Set.of()));
    assertThrows(
        LitSyntaxException.class,
        () -> expand("// REDEFINE: %{nope} = x\n// RUN: true\n", PATHS, Set.of()));
  }

  @Test
  void configPatternsArePythonRegexes() throws LitSyntaxException {
    // '{' that starts no quantifier is literal in Python; 'a+b' is a regex.
    List<Substitution> subs =
        List.of(Substitution.regex("%{tool}", "T"), Substitution.regex("a+b", "X"));
    assertEquals(List.of("T X b{2}"), expand("// RUN: %{tool} aaab b{2}\n", subs, Set.of()));
  }

  @Test
  void removedTmpDirSubstitutionIsAnError() {
    LitSyntaxException e =
        assertThrows(LitSyntaxException.class, () -> expand("// RUN: ls %T\n", PATHS, Set.of()));
    assertEquals(
        "%T is no longer supported. Please create directories with names based on %t.",
        e.getMessage());
  }
}
