package dev.aic.text.format;

import dev.aic.ir.sig.Arity;
import dev.aic.ir.sig.AttrSpec;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.trait.OpTrait;
import dev.aic.text.format.Element.AttrDict;
import dev.aic.text.format.Element.AttrVar;
import dev.aic.text.format.Element.Custom;
import dev.aic.text.format.Element.FunctionalType;
import dev.aic.text.format.Element.Literal;
import dev.aic.text.format.Element.OIList;
import dev.aic.text.format.Element.OperandVar;
import dev.aic.text.format.Element.Operands;
import dev.aic.text.format.Element.OptionalGroup;
import dev.aic.text.format.Element.PropDict;
import dev.aic.text.format.Element.Ref;
import dev.aic.text.format.Element.RegionVar;
import dev.aic.text.format.Element.Regions;
import dev.aic.text.format.Element.ResultVar;
import dev.aic.text.format.Element.Results;
import dev.aic.text.format.Element.Space;
import dev.aic.text.format.Element.Str;
import dev.aic.text.format.Element.SuccessorVar;
import dev.aic.text.format.Element.Successors;
import dev.aic.text.format.Element.TypeDir;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses and verifies a format string against an op's signature, as MLIR's {@code OpFormatParser};
 * errors are {@link IllegalArgumentException}s in MLIR's words with the offset.
 */
final class FormatCompiler {
  /** Where an element is being parsed, as MLIR's {@code FormatParser::Context}. */
  private enum Ctx {
    TOP,
    CUSTOM,
    TYPE,
    REF
  }

  private final String format;
  private final OpSignature sig;
  private final Collection<? extends OpTrait> traits;
  private final CustomDirectiveRegistry registry;
  private int pos;
  private int tokenStart;

  // What the format binds so far.
  private boolean hasAttrDict;
  private boolean hasPropDict;
  private boolean allOperands;
  private boolean allOperandTypes;
  private boolean allResultTypes;
  private boolean hasAllRegions;
  private boolean hasAllSuccessors;
  private final BitSet seenOperands = new BitSet();
  private final BitSet seenOperandTypes = new BitSet();
  private final BitSet seenResultTypes = new BitSet();
  private final BitSet seenRegions = new BitSet();
  private final BitSet seenSuccessors = new BitSet();
  private final Set<String> seenAttrs = new LinkedHashSet<>();

  FormatCompiler(
      String format,
      OpSignature sig,
      Collection<? extends OpTrait> traits,
      CustomDirectiveRegistry registry) {
    this.format = format;
    this.sig = sig;
    this.traits = traits;
    this.registry = registry;
  }

  /** Parses and verifies the whole format. */
  CompiledFormat compile() {
    List<Element> elements = new ArrayList<>();
    skipSpace();
    while (pos < format.length()) {
      elements.add(parseElement(Ctx.TOP));
      skipSpace();
    }
    if (!hasAttrDict) {
      throw error(0, "'attr-dict' directive not found in custom assembly format");
    }
    FormatVerifier verifier =
        new FormatVerifier(
            format,
            sig,
            traits,
            seenOperands,
            seenOperandTypes,
            seenResultTypes,
            seenAttrs,
            allOperands,
            allOperandTypes,
            allResultTypes);
    verifier.verifyAttributeColonType(elements);
    verifier.verifyAttrDictRegion(elements);
    Map<String, TypeSource> resolvers = verifier.typeResolvers();
    TypeSource[] results = verifier.verifyResults(resolvers);
    TypeSource[] operands = verifier.verifyOperands(resolvers);
    verifier.verifyGroups("region", sig.regions(), seenRegions, hasAllRegions);
    verifier.verifyGroups("successor", sig.successors(), seenSuccessors, hasAllSuccessors);
    verifier.verifyOIListElements(elements);
    return new CompiledFormat(
        sig,
        traits,
        List.copyOf(elements),
        operands,
        results,
        Set.copyOf(seenAttrs),
        allOperands,
        allOperandTypes,
        allResultTypes,
        hasPropDict,
        registry);
  }

  // ---- errors --------------------------------------------------------------------------------

  private IllegalArgumentException error(int at, String message) {
    return error(format, at, message);
  }

  /** The error at offset {@code at} of {@code format}; shared with {@link FormatVerifier}. */
  static IllegalArgumentException error(String format, int at, String message) {
    return new IllegalArgumentException(
        "error at offset " + at + " of assembly format `" + format + "`: " + message);
  }

  // ---- lexing --------------------------------------------------------------------------------

  private void skipSpace() {
    while (pos < format.length() && " \t\n\r".indexOf(format.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private boolean atChar(char c) {
    skipSpace();
    return pos < format.length() && format.charAt(pos) == c;
  }

  private void expectChar(char c, String message) {
    if (!atChar(c)) {
      throw error(pos, message);
    }
    pos++;
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) && c < 128 || c == '_';
  }

  private static boolean isIdentChar(char c) {
    return isIdentStart(c) || c >= '0' && c <= '9';
  }

  private String identifier() {
    int start = pos;
    while (pos < format.length()
        && (isIdentChar(format.charAt(pos)) || format.charAt(pos) == '-')) {
      pos++;
    }
    return format.substring(start, pos);
  }

  // ---- elements ------------------------------------------------------------------------------

  private Element parseElement(Ctx ctx) {
    skipSpace();
    tokenStart = pos;
    if (pos >= format.length()) {
      throw error(pos, "expected literal, variable, directive, or optional group");
    }
    char c = format.charAt(pos);
    if (c == '`') {
      return parseLiteral(ctx);
    }
    if (c == '"') {
      return parseString(ctx);
    }
    if (c == '$') {
      pos++;
      if (pos >= format.length() || !isIdentStart(format.charAt(pos))) {
        throw error(pos - 1, "expected variable name");
      }
      int start = pos;
      while (pos < format.length() && isIdentChar(format.charAt(pos))) {
        pos++;
      }
      return parseVariable(start - 1, format.substring(start, pos), ctx);
    }
    if (isIdentStart(c)) {
      String word = identifier();
      return parseDirective(tokenStart, word, ctx);
    }
    if (c == '(') {
      pos++;
      return parseOptionalGroup(tokenStart, ctx);
    }
    if ("^:,=<>?)*|".indexOf(c) < 0) {
      throw error(pos, "unexpected character");
    }
    throw error(pos, "expected literal, variable, directive, or optional group");
  }

  private Literal literalToken() {
    int start = pos;
    int end = format.indexOf('`', pos + 1);
    if (end < 0) {
      throw error(format.length(), "unexpected end of file in literal");
    }
    pos = end + 1;
    String value = format.substring(start + 1, end);
    if (!isValidLiteral(start, value)) {
      throw new AssertionError("unreachable");
    }
    return new Literal(value);
  }

  private Element parseLiteral(Ctx ctx) {
    int start = pos;
    int end = format.indexOf('`', pos + 1);
    if (end < 0) {
      throw error(format.length(), "unexpected end of file in literal");
    }
    pos = end + 1;
    if (ctx != Ctx.TOP) {
      throw error(start, "literals may only be used in the top-level section of the format");
    }
    String value = format.substring(start + 1, end);
    if (value.isEmpty() || value.equals(" ") || value.equals("\\n")) {
      return new Space(value);
    }
    isValidLiteral(start, value);
    return new Literal(value);
  }

  private boolean isValidLiteral(int at, String value) {
    String prefix = "expected valid literal but got '" + value + "': ";
    if (value.isEmpty()) {
      throw error(at, prefix + "literal can't be empty");
    }
    char front = value.charAt(0);
    if (value.length() == 1) {
      String bare = "_:,=<>()[]{}?+*";
      if (Character.isLetter(front) || bare.indexOf(front) >= 0) {
        return true;
      }
      throw error(
          at, prefix + "single character literal must be a letter or one of '" + bare + "'");
    }
    if (value.equals("->") || value.equals("...")) {
      return true;
    }
    if (!isIdentStart(front)) {
      throw error(at, prefix + "valid keyword starts with a letter or '_'");
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isIdentChar(c) && c != '$' && c != '.') {
        throw error(
            at, prefix + "keywords should contain only alphanum, '_', '$', or '.' characters");
      }
    }
    return true;
  }

  private Element parseString(Ctx ctx) {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    boolean escape = false;
    while (true) {
      if (pos >= format.length()) {
        throw error(format.length(), "unexpected end of file in string");
      }
      char c = format.charAt(pos++);
      if (!escape && c == '"') {
        break;
      }
      escape = c == '\\';
      if (!escape) {
        value.append(c);
      }
    }
    if (ctx != Ctx.CUSTOM) {
      throw error(start, "strings may only be used as 'custom' directive arguments");
    }
    return new Str(value.toString());
  }

  private Element parseVariable(int at, String name, Ctx ctx) {
    for (AttrSpec attr : sig.attributes()) {
      if (attr.name().equals(name)) {
        if (ctx == Ctx.TYPE) {
          throw error(at, "attributes cannot be used as children to a `type` directive");
        }
        if (ctx == Ctx.REF) {
          if (!seenAttrs.contains(name)) {
            throw error(at, "attribute '" + name + "' must be bound before it is referenced");
          }
        } else if (!seenAttrs.add(name)) {
          throw error(at, "attribute '" + name + "' is already bound");
        }
        return new AttrVar(attr, false);
      }
    }
    for (int i = 0; i < sig.operands().size(); i++) {
      if (sig.operands().get(i).name().equals(name)) {
        if (ctx == Ctx.TOP || ctx == Ctx.CUSTOM) {
          if (allOperands || seenOperands.get(i)) {
            throw error(at, "operand '" + name + "' is already bound");
          }
          seenOperands.set(i);
        } else if (ctx == Ctx.REF && !seenOperands.get(i)) {
          throw error(at, "operand '" + name + "' must be bound before it is referenced");
        }
        return new OperandVar(i, sig.operands().get(i));
      }
    }
    for (int i = 0; i < sig.regions().size(); i++) {
      if (sig.regions().get(i).name().equals(name)) {
        bindTopLevelVariable(at, ctx, "region", name, hasAllRegions, seenRegions, i);
        return new RegionVar(i, sig.regions().get(i));
      }
    }
    for (int i = 0; i < sig.results().size(); i++) {
      if (sig.results().get(i).name().equals(name)) {
        if (ctx != Ctx.TYPE) {
          throw error(at, "result variables can can only be used as a child to a 'type' directive");
        }
        return new ResultVar(i, sig.results().get(i));
      }
    }
    for (int i = 0; i < sig.successors().size(); i++) {
      if (sig.successors().get(i).name().equals(name)) {
        bindTopLevelVariable(at, ctx, "successor", name, hasAllSuccessors, seenSuccessors, i);
        return new SuccessorVar(i, sig.successors().get(i));
      }
    }
    throw error(at, "expected variable to refer to an argument, region, result, or successor");
  }

  /**
   * The binding rules region and successor variables share: bound once at the top level (or in a
   * custom directive), referenced only after that, and nowhere else.
   */
  private void bindTopLevelVariable(
      int at, Ctx ctx, String kind, String name, boolean boundAll, BitSet seen, int index) {
    if (ctx == Ctx.TOP || ctx == Ctx.CUSTOM) {
      if (boundAll || seen.get(index)) {
        throw error(at, kind + " '" + name + "' is already bound");
      }
      seen.set(index);
    } else if (ctx == Ctx.REF && !seen.get(index)) {
      throw error(at, kind + " '" + name + "' must be bound before it is referenced");
    } else if (ctx != Ctx.REF) {
      throw error(at, kind + "s can only be used at the top level");
    }
  }

  private Element parseDirective(int at, String word, Ctx ctx) {
    switch (word) {
      case "attr-dict":
      case "attr-dict-with-keyword":
        return parseAttrDict(at, ctx, word.length() > "attr-dict".length());
      case "prop-dict":
        if (ctx == Ctx.TYPE) {
          throw error(at, "'prop-dict' directive can only be used as a top-level directive");
        }
        if (ctx != Ctx.REF) {
          if (hasPropDict) {
            throw error(at, "'prop-dict' directive has already been seen");
          }
          hasPropDict = true;
        }
        return new PropDict();
      case "custom":
        return parseCustom(at, ctx);
      case "functional-type":
        return parseFunctionalType(at, ctx);
      case "operands":
        if (ctx == Ctx.REF) {
          if (!allOperands) {
            throw error(at, "'ref' of 'operands' is not bound by a prior 'operands' directive");
          }
        } else if (ctx == Ctx.TOP || ctx == Ctx.CUSTOM) {
          if (allOperands || !seenOperands.isEmpty()) {
            throw error(at, "'operands' directive creates overlap in format");
          }
          allOperands = true;
        }
        return new Operands();
      case "results":
        if (ctx != Ctx.TYPE) {
          throw error(
              at, "'results' directive can can only be used as a child to a 'type' directive");
        }
        return new Results();
      case "regions":
        hasAllRegions = bindAll(at, ctx, word, hasAllRegions, seenRegions);
        return new Regions();
      case "successors":
        hasAllSuccessors = bindAll(at, ctx, word, hasAllSuccessors, seenSuccessors);
        return new Successors();
      case "ref":
        {
          if (ctx != Ctx.CUSTOM) {
            throw error(at, "'ref' is only valid within a `custom` directive");
          }
          expectChar('(', "expected '(' before argument list");
          Element arg = parseElement(Ctx.REF);
          expectChar(')', "expected ')' after argument list");
          return new Ref(arg);
        }
      case "type":
        {
          if (ctx == Ctx.TYPE) {
            throw error(at, "'type' cannot be used as a child of another `type`");
          }
          expectChar('(', "expected '(' before argument list");
          Element arg = parseTypeOperand(at, ctx == Ctx.REF);
          expectChar(')', "expected ')' after argument list");
          return new TypeDir(arg, false);
        }
      case "qualified":
        {
          expectChar('(', "expected '(' before argument list");
          Element inner = parseElement(ctx);
          expectChar(')', "expected ')' after argument list");
          if (inner instanceof AttrVar attr) {
            return new AttrVar(attr.spec(), true);
          }
          if (inner instanceof TypeDir type) {
            return new TypeDir(type.arg(), true);
          }
          throw error(at, "'qualified' directive expects an attribute or a `type` directive");
        }
      case "oilist":
        return parseOIList(at, ctx);
      default:
        throw error(at, "expected literal, variable, directive, or optional group");
    }
  }

  /**
   * The checks the {@code regions} and {@code successors} directives share: top level only, no
   * overlap with variables already bound, and a {@code ref} only after the directive itself.
   *
   * @return whether all groups of the kind are bound afterwards
   */
  private boolean bindAll(int at, Ctx ctx, String word, boolean bound, BitSet seen) {
    if (ctx == Ctx.TYPE) {
      throw error(at, "'" + word + "' is only valid as a top-level directive");
    }
    if (ctx == Ctx.REF) {
      if (!bound) {
        throw error(at, "'ref' of '" + word + "' is not bound by a prior '" + word + "' directive");
      }
      return true;
    }
    if (bound || !seen.isEmpty()) {
      throw error(at, "'" + word + "' directive creates overlap in format");
    }
    return true;
  }

  private Element parseAttrDict(int at, Ctx ctx, boolean withKeyword) {
    if (ctx == Ctx.TYPE) {
      throw error(at, "'attr-dict' directive can only be used as a top-level directive");
    }
    if (ctx == Ctx.REF) {
      if (!hasAttrDict) {
        throw error(at, "'ref' of 'attr-dict' is not bound by a prior 'attr-dict' directive");
      }
    } else {
      if (hasAttrDict) {
        throw error(at, "'attr-dict' directive has already been seen");
      }
      hasAttrDict = true;
    }
    return new AttrDict(withKeyword);
  }

  private Element parseTypeOperand(int at, boolean isRefChild) {
    Element element = parseElement(Ctx.TYPE);
    if (element instanceof Literal) {
      throw error(at, "'type' directive operand expects variable or directive operand");
    }
    if (element instanceof OperandVar v) {
      boolean bound = allOperandTypes || seenOperandTypes.get(v.index());
      if (!isRefChild && bound) {
        throw error(at, "'type' of '" + v.spec().name() + "' is already bound");
      }
      if (isRefChild && !bound) {
        throw error(
            at,
            "'ref' of 'type($" + v.spec().name() + ")' is not bound by a prior 'type' directive");
      }
      seenOperandTypes.set(v.index());
    } else if (element instanceof ResultVar v) {
      boolean bound = allResultTypes || seenResultTypes.get(v.index());
      if (!isRefChild && bound) {
        throw error(at, "'type' of '" + v.spec().name() + "' is already bound");
      }
      if (isRefChild && !bound) {
        throw error(
            at,
            "'ref' of 'type($" + v.spec().name() + ")' is not bound by a prior 'type' directive");
      }
      seenResultTypes.set(v.index());
    } else if (element instanceof Operands) {
      if (!isRefChild && (allOperandTypes || !seenOperandTypes.isEmpty())) {
        throw error(at, "'operands' 'type' is already bound");
      }
      if (isRefChild && !allOperandTypes) {
        throw error(at, "'ref' of 'type(operands)' is not bound by a prior 'type' directive");
      }
      allOperandTypes = true;
    } else if (element instanceof Results) {
      if (!isRefChild && (allResultTypes || !seenResultTypes.isEmpty())) {
        throw error(at, "'results' 'type' is already bound");
      }
      if (isRefChild && !allResultTypes) {
        throw error(at, "'ref' of 'type(results)' is not bound by a prior 'type' directive");
      }
      allResultTypes = true;
    } else {
      throw error(at, "invalid argument to 'type' directive");
    }
    return element;
  }

  private Element parseFunctionalType(int at, Ctx ctx) {
    if (ctx != Ctx.TOP) {
      throw error(at, "'functional-type' is only valid as a top-level directive");
    }
    expectChar('(', "expected '(' before argument list");
    Element inputs = parseTypeOperand(at, false);
    expectChar(',', "expected ',' after inputs argument");
    Element results = parseTypeOperand(at, false);
    expectChar(')', "expected ')' after argument list");
    return new FunctionalType(inputs, results);
  }

  private Element parseCustom(int at, Ctx ctx) {
    if (ctx != Ctx.TOP) {
      throw error(at, "'custom' is only valid as a top-level directive");
    }
    expectChar('<', "expected '<' before custom directive name");
    skipSpace();
    if (pos >= format.length() || !isIdentStart(format.charAt(pos))) {
      throw error(pos, "expected custom directive name identifier");
    }
    int nameAt = pos;
    String name = identifier();
    expectChar('>', "expected '>' after custom directive name");
    expectChar('(', "expected '(' before custom directive parameters");
    List<Element> args = new ArrayList<>();
    while (true) {
      args.add(parseElement(Ctx.CUSTOM));
      if (!atChar(',')) {
        break;
      }
      pos++;
    }
    expectChar(')', "expected ')' after custom directive parameters");
    for (Element arg : args) {
      Element inner = arg instanceof Ref ref ? ref.arg() : arg;
      boolean allowed =
          inner instanceof Str
              || inner instanceof TypeDir
              || inner instanceof AttrDict
              || inner instanceof PropDict
              || inner instanceof AttrVar
              || inner instanceof OperandVar
              || inner instanceof RegionVar
              || inner instanceof SuccessorVar;
      if (!allowed) {
        throw error(at, "only variables and types may be used as parameters to a custom directive");
      }
      if (inner instanceof TypeDir type
          && !(type.arg() instanceof OperandVar || type.arg() instanceof ResultVar)) {
        throw error(at, "type directives within a custom directive may only refer to variables");
      }
    }
    if (registry.lookup(name).isEmpty()) {
      throw error(nameAt, "no custom directive named '" + name + "' is registered");
    }
    return new Custom(name, List.copyOf(args));
  }

  private Element parseOIList(int at, Ctx ctx) {
    expectChar('(', "expected '(' before oilist argument list");
    List<Literal> keywords = new ArrayList<>();
    List<List<Element>> clauses = new ArrayList<>();
    while (true) {
      skipSpace();
      if (!atChar('`')) {
        throw error(pos, "expected literal, but got '" + remainderToken() + "'");
      }
      Literal keyword = literalToken();
      keywords.add(keyword);
      List<Element> clause = new ArrayList<>();
      while (!atChar('|') && !atChar(')')) {
        Element element = parseElement(ctx);
        verifyOIListParsingElement(at, element);
        clause.add(element);
      }
      clauses.add(List.copyOf(clause));
      if (atChar('|')) {
        pos++;
        continue;
      }
      pos++;
      break;
    }
    return new OIList(List.copyOf(keywords), List.copyOf(clauses));
  }

  private String remainderToken() {
    int end = pos;
    while (end < format.length() && !Character.isWhitespace(format.charAt(end))) {
      end++;
    }
    return format.substring(pos, end);
  }

  private void verifyOIListParsingElement(int at, Element element) {
    for (Element var : variables(element)) {
      if (var instanceof AttrVar attr && !isOptionalAttr(attr.spec())) {
        throw error(at, "only optional attributes can be used in an oilist parsing group");
      }
      if (var instanceof OperandVar operand && operand.spec().arity() == Arity.SINGLE) {
        throw error(at, "only variable length operands can be used within an oilist parsing group");
      }
      if (var instanceof ResultVar result && result.spec().arity() == Arity.SINGLE) {
        throw error(at, "only variable length results can be used within an oilist parsing group");
      }
    }
  }

  /** The variables inside {@code element}, as MLIR's {@code collect}. */
  static List<Element> variables(Element element) {
    List<Element> out = new ArrayList<>();
    collect(element, out);
    return out;
  }

  private static void collect(Element element, List<Element> out) {
    if (element instanceof AttrVar v) {
      out.add(v);
    } else if (element instanceof OperandVar v) {
      out.add(v);
    } else if (element instanceof ResultVar v) {
      out.add(v);
    } else if (element instanceof RegionVar v) {
      out.add(v);
    } else if (element instanceof SuccessorVar v) {
      out.add(v);
    } else if (element instanceof Custom c) {
      c.args().forEach(a -> collect(a, out));
    } else if (element instanceof OptionalGroup g) {
      g.then().forEach(a -> collect(a, out));
      g.otherwise().forEach(a -> collect(a, out));
    } else if (element instanceof FunctionalType f) {
      collect(f.inputs(), out);
      collect(f.results(), out);
    } else if (element instanceof TypeDir t) {
      collect(t.arg(), out);
    } else if (element instanceof OIList o) {
      o.clauses().forEach(c -> c.forEach(a -> collect(a, out)));
    } else {
    }
  }

  static boolean isOptionalAttr(AttrSpec spec) {
    return spec.optional() || spec.constraint() instanceof DefaultValuedAttr;
  }

  static boolean isUnitAttr(AttrSpec spec) {
    return spec.constraint() instanceof UnitAttrConstraint;
  }

  // ---- optional groups -----------------------------------------------------------------------

  private Element parseOptionalGroup(int at, Ctx ctx) {
    if (ctx != Ctx.TOP) {
      throw error(at, "optional groups can only be used as top-level elements");
    }
    Element[] anchor = new Element[1];
    List<Element> then = parseGroupElements(anchor);
    pos++;
    boolean inverted = anchor[0] == null;
    List<Element> otherwise = List.of();
    if (atChar(':')) {
      pos++;
      expectChar('(', "expected '(' to start else branch of optional group");
      otherwise = parseGroupElements(anchor);
      pos++;
    }
    expectChar('?', "expected '?' after optional group");
    if (anchor[0] == null) {
      throw error(at, "optional group has no anchor element");
    }
    for (Element element : then) {
      verifyOptionalGroupElement(at, element, element == anchor[0]);
    }
    for (Element element : otherwise) {
      verifyOptionalGroupElement(at, element, false);
    }
    int thenStart = 0;
    while (thenStart < then.size() && then.get(thenStart) instanceof Space) {
      thenStart++;
    }
    Element first = thenStart < then.size() ? then.get(thenStart) : null;
    boolean parsable =
        first instanceof Literal
            || first instanceof AttrVar
            || first instanceof OperandVar
            || first instanceof RegionVar
            || first instanceof SuccessorVar
            || first instanceof Custom;
    if (!parsable) {
      throw error(
          at,
          "first parsable element of an optional group must be a literal, variable, or custom"
              + " directive");
    }
    return new OptionalGroup(
        List.copyOf(then), List.copyOf(otherwise), anchor[0], inverted, thenStart);
  }

  private List<Element> parseGroupElements(Element[] anchor) {
    List<Element> elements = new ArrayList<>();
    do {
      Element element = parseElement(Ctx.TOP);
      if (atChar('^')) {
        if (anchor[0] != null) {
          throw error(pos, "only one element can be marked as the anchor of an optional group");
        }
        anchor[0] = element;
        pos++;
      }
      elements.add(element);
    } while (!atChar(')'));
    return elements;
  }

  private void verifyOptionalGroupElement(int at, Element element, boolean isAnchor) {
    if (element instanceof AttrVar attr) {
      if (isAnchor && !isOptionalAttr(attr.spec()) && !isUnitAttr(attr.spec())) {
        throw error(at, "only optional attributes can be used to anchor an optional group");
      }
    } else if (element instanceof OperandVar operand) {
      if (operand.spec().arity() == Arity.SINGLE) {
        throw error(at, "only variable length operands can be used within an optional group");
      }
    } else if (element instanceof ResultVar result) {
      if (result.spec().arity() == Arity.SINGLE) {
        throw error(at, "only variable length results can be used within an optional group");
      }
    } else if (element instanceof RegionVar region) {
    } else if (element instanceof SuccessorVar successor) {
    } else if (element instanceof TypeDir type) {
      verifyOptionalGroupElement(at, type.arg(), false);
    } else if (element instanceof FunctionalType f) {
      verifyOptionalGroupElement(at, f.inputs(), false);
      verifyOptionalGroupElement(at, f.results(), false);
    } else if (element instanceof Literal l) {
      requireNotAnchor(at, isAnchor);
    } else if (element instanceof Space s) {
      requireNotAnchor(at, isAnchor);
    } else if (element instanceof Custom c) {
      requireNotAnchor(at, isAnchor);
    } else if (element instanceof OptionalGroup g) {
      requireNotAnchor(at, isAnchor);
    } else {
      throw error(at, "only literals, types, and variables can be used within an optional group");
    }
  }

  private void requireNotAnchor(int at, boolean isAnchor) {
    if (isAnchor) {
      throw error(at, "only variables and types can be used to anchor an optional group");
    }
  }
}
