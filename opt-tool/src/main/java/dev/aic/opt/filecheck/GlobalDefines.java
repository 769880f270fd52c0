package dev.aic.opt.filecheck;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Defines the {@code -D} variables. As LLVM does, the definitions are written into a synthetic
 * "Global defines" buffer, one per line, so that errors can point into them; {@code -D#N=expr} is
 * shown and parsed as the substitution block {@code [[#N:expr]]}.
 */
final class GlobalDefines {
  private final PatternContext context;

  GlobalDefines(PatternContext context) {
    this.context = context;
  }

  void define(List<String> definitions) throws PatternError {
    if (definitions.isEmpty()) {
      return;
    }
    StringBuilder buffer = new StringBuilder();
    List<int[]> slices = new ArrayList<>();
    int number = 0;
    for (String definition : definitions) {
      String lead = "Global define #" + (++number) + ": ";
      int equals = definition.indexOf('=');
      if (definition.charAt(0) == '#') {
        buffer.append(lead).append(definition).append(" (parsed as: [[");
        String block = definition.substring(0, equals) + ":" + definition.substring(equals + 1);
        slices.add(new int[] {buffer.length(), block.length()});
        buffer.append(block).append("]])\n");
      } else {
        buffer.append(lead);
        slices.add(new int[] {buffer.length(), definition.length()});
        buffer.append(definition).append('\n');
      }
    }
    Source source = new Source("Global defines", buffer.toString());
    PatternError errors = null;
    for (int[] slice : slices) {
      Text definition = new Text(source, slice[0], slice[0] + slice[1]);
      try {
        if (definition.front() == '#') {
          defineNumeric(definition.drop(1));
        } else {
          defineString(definition);
        }
      } catch (PatternError e) {
        errors = errors == null ? e : errors.join(e);
      }
    }
    if (errors != null) {
      throw errors;
    }
  }

  private void defineNumeric(Text expression) throws PatternError {
    ExpressionParser.Block block =
        new ExpressionParser(context, null).parseBlock(expression, false);
    if (block.expression() == null) {
      throw new PatternError(expression, "missing value in numeric variable definition");
    }
    List<Text> undefined = new ArrayList<>();
    BigInteger value = block.expression().eval(undefined);
    if (!undefined.isEmpty()) {
      PatternError error = null;
      for (Text use : undefined) {
        PatternError one = PatternError.unlocated("undefined variable: " + use);
        error = error == null ? one : error.join(one);
      }
      throw error;
    }
    if (value == null) {
      throw new PatternError(
          expression, "unable to substitute variable or numeric expression: overflow error");
    }
    block.defined().set(value, null);
    context.putNumericVariable(block.defined().name(), block.defined());
  }

  private void defineString(Text definition) throws PatternError {
    int equals = definition.find("=");
    Text original = definition.take(equals);
    Text name = original.copy();
    ExpressionParser.Variable variable = ExpressionParser.parseVariable(name);
    if (variable.pseudo() || !name.isEmpty()) {
      throw new PatternError(
          original, "invalid name in string variable definition '" + original + "'");
    }
    String key = variable.name().toString();
    if (context.hasNumericVariable(key)) {
      throw new PatternError(
          variable.name(), "numeric variable with name '" + key + "' already exists");
    }
    if (context.stringValue(key) == null) {
      context.setStringValue(key, definition.drop(equals + 1));
    }
    context.markStringVariableDefined(key);
  }
}
