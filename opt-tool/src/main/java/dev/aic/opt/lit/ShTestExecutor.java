package dev.aic.opt.lit;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs one ShTest as lit's {@code executeShTest} does with the internal shell: parse directives,
 * decide UNSUPPORTED from REQUIRES/UNSUPPORTED, expand substitutions, run the RUN lines joined by
 * {@code &&} in the test's exec directory, and turn the status into PASS/FAIL, then XFAIL/XPASS.
 */
public final class ShTestExecutor {
  private final ToolRegistry tools;
  private final Set<String> externalTools;

  /**
   * @param tools the in-process tools
   * @param externalTools tool names to take from {@code PATH} even when an in-process one exists
   */
  public ShTestExecutor(ToolRegistry tools, Set<String> externalTools) {
    this.tools = tools;
    this.externalTools = Set.copyOf(externalTools);
  }

  /** Runs {@code test} and returns its outcome with lit's output text. */
  public TestResult execute(LitTest test) {
    TestScript script;
    try {
      script = TestScriptParser.parse(test.source());
    } catch (LitSyntaxException e) {
      return new TestResult(ResultCode.UNRESOLVED, e.getMessage());
    } catch (IOException e) {
      return new TestResult(ResultCode.UNRESOLVED, "cannot read " + test.source() + ": " + e);
    }
    Set<String> features = test.config().features();
    boolean expectedToFail;
    try {
      expectedToFail = isExpectedToFail(script, features);
      String skipReason = unsupportedReason(script, features);
      if (skipReason != null) {
        return new TestResult(ResultCode.UNSUPPORTED, skipReason);
      }
    } catch (LitSyntaxException e) {
      return new TestResult(ResultCode.UNRESOLVED, e.getMessage());
    }
    TestResult result = run(test, script, features);
    if (expectedToFail && result.code() == ResultCode.PASS) {
      return new TestResult(ResultCode.XPASS, result.output());
    }
    if (expectedToFail && result.code() == ResultCode.FAIL) {
      return new TestResult(ResultCode.XFAIL, result.output());
    }
    return result;
  }

  private static boolean isExpectedToFail(TestScript script, Set<String> features)
      throws LitSyntaxException {
    for (String item : script.xfails()) {
      try {
        if (item.equals("*") || FeatureExpression.evaluate(item, features)) {
          return true;
        }
      } catch (LitSyntaxException e) {
        throw new LitSyntaxException("Error in XFAIL list:\n" + e.getMessage());
      }
    }
    return false;
  }

  /** lit's reason for not running the test, or null to run it. */
  private static String unsupportedReason(TestScript script, Set<String> features)
      throws LitSyntaxException {
    List<String> missing = new ArrayList<>();
    for (String item : script.requires()) {
      if (!evaluate("REQUIRES", item, features)) {
        missing.add(item);
      }
    }
    if (!missing.isEmpty()) {
      return "Test requires the following unavailable features: " + String.join(", ", missing);
    }
    List<String> present = new ArrayList<>();
    for (String item : script.unsupported()) {
      if (evaluate("UNSUPPORTED", item, features)) {
        present.add(item);
      }
    }
    if (!present.isEmpty()) {
      return "Test does not support the following features and/or targets: "
          + String.join(", ", present);
    }
    return null;
  }

  private static boolean evaluate(String list, String item, Set<String> features)
      throws LitSyntaxException {
    try {
      return FeatureExpression.evaluate(item, features);
    } catch (LitSyntaxException e) {
      throw new LitSyntaxException("Error in " + list + " list:\n" + e.getMessage());
    }
  }

  private TestResult run(LitTest test, TestScript script, Set<String> features) {
    List<TestScript.RunLine> lines;
    try {
      lines = ScriptExpander.expand(script, DefaultSubstitutions.forTest(test), features);
    } catch (LitSyntaxException e) {
      return new TestResult(ResultCode.UNRESOLVED, e.getMessage());
    }
    // Every line is parsed before any runs, so a syntax error never leaves a half-run test.
    List<String> warnings = new ArrayList<>();
    List<ShellNode> parsed = new ArrayList<>();
    for (TestScript.RunLine line : lines) {
      try {
        parsed.add(line.command().isBlank() ? null : ShellParser.parse(line.command(), warnings));
      } catch (LitSyntaxException e) {
        String out =
            "# shell parser error on RUN: at line "
                + line.line()
                + ": "
                + line.command().stripLeading()
                + "\n";
        return new TestResult(ResultCode.UNRESOLVED, commandOutput(1, out));
      }
    }
    try {
      Files.createDirectories(test.tmpBase().getParent());
    } catch (IOException e) {
      return new TestResult(ResultCode.UNRESOLVED, "cannot create " + test.tmpBase().getParent());
    }
    java.util.Map<String, String> env = new java.util.HashMap<>(test.config().environment());
    env.put("LIT_CURRENT_TESTCASE", test.fullName());
    ShellEnvironment shellEnv = new ShellEnvironment(test.execDirectory(), env);
    InternalShell shell = new InternalShell(tools, externalTools);
    ScriptTrace trace = new ScriptTrace();
    warnings.forEach(w -> trace.note("# warning: " + w + "\n"));
    int exitCode = 0;
    for (int i = 0; i < lines.size() && exitCode == 0; i++) {
      trace.runLine(lines.get(i).line(), lines.get(i).command());
      if (parsed.get(i) == null) {
        continue;
      }
      int before = shell.results().size();
      exitCode = shell.run(parsed.get(i), shellEnv);
      shell.results().subList(before, shell.results().size()).forEach(trace::command);
    }
    ResultCode code = exitCode == 0 ? ResultCode.PASS : ResultCode.FAIL;
    return new TestResult(code, commandOutput(exitCode, trace.toString()));
  }

  private static String commandOutput(int exitCode, String out) {
    return "Exit Code: " + exitCode + "\n\nCommand Output (stdout):\n--\n" + out + "\n--\n";
  }
}
