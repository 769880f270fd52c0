package dev.aic.opt.filecheck;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The variables that patterns of one FileCheck run define and use. */
final class PatternContext {
  /** Values of string variables: slices of the input, or of the command-line definitions. */
  private final Map<String, Text> stringValues = new HashMap<>();

  /** Names of string variables some pattern defines, to catch clashes with numeric ones. */
  private final Set<String> definedStrings = new HashSet<>();

  private final Map<String, NumericVariable> numericVariables = new HashMap<>();
  private NumericVariable lineVariable;

  Text stringValue(String name) {
    return stringValues.get(name);
  }

  void setStringValue(String name, Text value) {
    stringValues.put(name, value);
  }

  boolean isStringVariableDefined(String name) {
    return definedStrings.contains(name);
  }

  void markStringVariableDefined(String name) {
    definedStrings.add(name);
  }

  NumericVariable numericVariable(String name) {
    return numericVariables.get(name);
  }

  boolean hasNumericVariable(String name) {
    return numericVariables.containsKey(name);
  }

  void putNumericVariable(String name, NumericVariable variable) {
    numericVariables.put(name, variable);
  }

  /** Creates {@code @LINE}, whose value each pattern sets to its own line before matching. */
  void createLineVariable() {
    lineVariable = new NumericVariable("@LINE", ExpressionFormat.UNSIGNED, null);
    numericVariables.put("@LINE", lineVariable);
  }

  NumericVariable lineVariable() {
    return lineVariable;
  }

  /**
   * Forgets variables whose names do not start with {@code $}, at a {@code CHECK-LABEL} boundary
   * under {@code --enable-var-scope}. Numeric variables are cleared in place because expressions
   * hold them directly.
   */
  void clearLocalVariables() {
    stringValues.keySet().removeIf(name -> name.charAt(0) != '$');
    numericVariables
        .entrySet()
        .removeIf(
            entry -> {
              if (entry.getKey().charAt(0) == '$') {
                return false;
              }
              entry.getValue().clear();
              return true;
            });
  }
}
