package dev.aic.text.format;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DenseArrayAttr;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.sig.Arity;
import dev.aic.ir.sig.AttrSpec;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.sig.OpSignature.NamedArity;
import dev.aic.ir.sig.ValueSpec;
import dev.aic.ir.trait.AttrSizedOperandSegments;
import dev.aic.ir.trait.AttrSizedResultSegments;
import dev.aic.ir.trait.OpTrait;
import dev.aic.ir.trait.SingleBlockImplicitTerminator;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.Type;
import dev.aic.text.OpAsmParser;
import dev.aic.text.OpAsmPrinter;
import dev.aic.text.OpSyntax;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A verified assembly format: the {@link OpSyntax} that prints and parses by it. */
final class CompiledFormat implements OpSyntax {
  final OpSignature sig;
  final List<Element> elements;
  final TypeSource[] operandSources;
  final TypeSource[] resultSources;
  final Set<String> usedAttributes;
  final boolean allOperands;
  final boolean allOperandTypes;
  final boolean allResultTypes;
  final boolean hasPropDict;
  final String implicitTerminator;
  final boolean operandSegments;
  final boolean resultSegments;
  final CustomDirectiveRegistry registry;

  CompiledFormat(
      OpSignature sig,
      Collection<? extends OpTrait> traits,
      List<Element> elements,
      TypeSource[] operandSources,
      TypeSource[] resultSources,
      Set<String> usedAttributes,
      boolean allOperands,
      boolean allOperandTypes,
      boolean allResultTypes,
      boolean hasPropDict,
      CustomDirectiveRegistry registry) {
    this.sig = sig;
    this.elements = elements;
    this.operandSources = operandSources;
    this.resultSources = resultSources;
    this.usedAttributes = usedAttributes;
    this.allOperands = allOperands;
    this.allOperandTypes = allOperandTypes;
    this.allResultTypes = allResultTypes;
    this.hasPropDict = hasPropDict;
    this.registry = registry;
    String terminator = null;
    boolean operandTrait = false;
    boolean resultTrait = false;
    for (OpTrait trait : traits) {
      if (trait instanceof SingleBlockImplicitTerminator t) {
        terminator = t.terminator();
      }
      operandTrait |= trait instanceof AttrSizedOperandSegments;
      resultTrait |= trait instanceof AttrSizedResultSegments;
    }
    this.implicitTerminator = terminator;
    this.operandSegments = operandTrait || sig.needsOperandSegments();
    this.resultSegments = resultTrait || sig.needsResultSegments();
  }

  @Override
  public void parse(OpAsmParser p, OperationState state) {
    new FormatReader(this, p, state).parse();
  }

  // ---- value groups --------------------------------------------------------------------------

  /** Splits {@code values} into groups of the given arities, using {@code sizes} when given. */
  static <T> List<List<T>> split(List<T> values, List<Arity> arities, DenseArrayAttr sizes) {
    List<List<T>> groups = new ArrayList<>(arities.size());
    int start = 0;
    if (sizes != null && sizes.size() == arities.size()) {
      for (int i = 0; i < arities.size(); i++) {
        int size = (int) sizes.values().get(i);
        int end = Math.min(values.size(), start + size);
        groups.add(values.subList(Math.min(start, end), end));
        start = end;
      }
      return groups;
    }
    int fixed = 0;
    int variable = 0;
    for (Arity arity : arities) {
      if (arity == Arity.SINGLE) {
        fixed++;
      } else {
        variable++;
      }
    }
    int rest = Math.max(0, values.size() - fixed);
    for (Arity arity : arities) {
      int size = arity == Arity.SINGLE ? 1 : variable == 1 ? rest : rest / Math.max(1, variable);
      int end = Math.min(values.size(), start + size);
      groups.add(values.subList(Math.min(start, end), end));
      start = end;
    }
    return groups;
  }

  static List<Arity> arities(List<ValueSpec> specs) {
    return specs.stream().map(ValueSpec::arity).toList();
  }

  static List<Arity> namedArities(List<NamedArity> specs) {
    return specs.stream().map(NamedArity::arity).toList();
  }

  private static DenseArrayAttr sizes(Operation op, String name) {
    return op.inherentOrDiscardable(name).orElse(null) instanceof DenseArrayAttr a ? a : null;
  }

  List<Value> operandGroup(Operation op, int index) {
    return split(
            op.operands(),
            arities(sig.operands()),
            operandSegments ? sizes(op, AttrSizedOperandSegments.ATTRIBUTE) : null)
        .get(index);
  }

  List<Type> resultGroupTypes(Operation op, int index) {
    return split(
            op.resultTypes(),
            arities(sig.results()),
            resultSegments ? sizes(op, AttrSizedResultSegments.ATTRIBUTE) : null)
        .get(index);
  }

  List<Region> regionGroup(Operation op, int index) {
    return split(op.regions(), namedArities(sig.regions()), null).get(index);
  }

  List<Block> successorGroup(Operation op, int index) {
    return split(op.successors(), namedArities(sig.successors()), null).get(index);
  }

  // ---- printing ------------------------------------------------------------------------------

  /** MLIR's printer flags: whether a space is due, and whether the last literal was punctuation. */
  private static final class Spacing {
    boolean shouldEmitSpace = true;
    boolean lastWasPunctuation = false;
  }

  @Override
  public void print(Operation op, OpAsmPrinter p) {
    Spacing s = new Spacing();
    for (Element element : elements) {
      printElement(element, op, p, s);
    }
  }

  /** MLIR's {@code shouldEmitSpaceBefore}. */
  static boolean shouldEmitSpaceBefore(String value, boolean lastWasPunctuation) {
    if (value.length() != 1 && !value.equals("->")) {
      return true;
    }
    if (lastWasPunctuation) {
      return ">)}],".indexOf(value.charAt(0)) < 0;
    }
    return "<>(){}[],".indexOf(value.charAt(0)) < 0;
  }

  private static void printLiteral(String value, OpAsmPrinter p, Spacing s) {
    if (s.shouldEmitSpace && shouldEmitSpaceBefore(value, s.lastWasPunctuation)) {
      p.print(" ");
    }
    p.print(value);
    s.shouldEmitSpace = value.length() != 1 || "<({[".indexOf(value.charAt(0)) < 0;
    char front = value.charAt(0);
    s.lastWasPunctuation = front != '_' && !Character.isLetter(front);
  }

  private void printElement(Element element, Operation op, OpAsmPrinter p, Spacing s) {
    if (element instanceof Literal literal) {
      printLiteral(literal.spelling(), p, s);
      return;
    } else if (element instanceof Space space) {
      if (space.value().equals("\\n")) {
        p.printNewline();
      } else {
        if (space.value().equals(" ")) {
          p.print(" ");
          s.lastWasPunctuation = false;
        } else {
          s.lastWasPunctuation = true;
        }
        s.shouldEmitSpace = false;
      }
      return;
    } else if (element instanceof OptionalGroup group) {
      printOptionalGroup(group, op, p, s);
      return;
    } else if (element instanceof OIList oilist) {
      printOIList(oilist, op, p, s);
      return;
    } else if (element instanceof AttrDict dict) {
      printAttrDict(op, p, dict.withKeyword());
      s.lastWasPunctuation = false;
      return;
    } else if (element instanceof PropDict dict) {
      printPropDict(op, p);
      s.lastWasPunctuation = false;
      return;
    } else {
    }
    if (s.shouldEmitSpace || !s.lastWasPunctuation) {
      p.print(" ");
    }
    s.lastWasPunctuation = false;
    s.shouldEmitSpace = true;
    if (element instanceof AttrVar attr) {
      Attribute value = op.inherentOrDiscardable(attr.spec().name()).orElse(null);
      if (value != null) {
        printAttribute(attr, value, p);
      }
    } else if (element instanceof OperandVar operand) {
      p.printOperands(operandGroup(op, operand.index()));
    } else if (element instanceof RegionVar region) {
      printRegions(regionGroup(op, region.index()), p);
    } else if (element instanceof SuccessorVar successor) {
      printSuccessors(successorGroup(op, successor.index()), p);
    } else if (element instanceof Custom custom) {
      printCustom(custom, op, p);
    } else if (element instanceof Operands operands) {
      p.printOperands(op.operands());
    } else if (element instanceof Regions regions) {
      printRegions(op.regions(), p);
    } else if (element instanceof Successors successors) {
      printSuccessors(op.successors(), p);
    } else if (element instanceof TypeDir type) {
      p.printTypes(types(type.arg(), op));
    } else if (element instanceof FunctionalType f) {
      printFunctionalType(types(f.inputs(), op), types(f.results(), op), p);
    } else {
      throw new AssertionError("unexpected element " + element);
    }
  }

  static void printAttribute(AttrVar attr, Attribute value, OpAsmPrinter p) {
    AttrSpec spec = attr.spec();
    if (!attr.qualified() && spec.constraint() instanceof AttrFormat custom) {
      custom.print(p, value);
    } else if (!attr.qualified() && spec.constraint().valueType() != null) {
      p.printAttributeWithoutType(value);
    } else {
      p.printAttribute(value);
    }
  }

  private static void printFunctionalType(List<Type> inputs, List<Type> results, OpAsmPrinter p) {
    p.print("(").printTypes(inputs).print(") -> ");
    if (results.size() == 1 && !(results.get(0) instanceof FunctionType)) {
      p.printType(results.get(0));
    } else {
      p.print("(").printTypes(results).print(")");
    }
  }

  /** The types a {@code type(...)} argument stands for in {@code op}. */
  List<Type> types(Element arg, Operation op) {
    if (arg instanceof OperandVar v) {
      return operandGroup(op, v.index()).stream().map(Value::type).toList();
    } else if (arg instanceof ResultVar v) {
      return resultGroupTypes(op, v.index());
    } else if (arg instanceof Operands o) {
      return op.operandTypes();
    } else if (arg instanceof Results r) {
      return op.resultTypes();
    } else {
      throw new AssertionError("unexpected type argument " + arg);
    }
  }

  private void printRegions(List<Region> regions, OpAsmPrinter p) {
    for (int i = 0; i < regions.size(); i++) {
      if (i > 0) {
        p.print(", ");
      }
      Region region = regions.get(i);
      boolean printTerminator = true;
      if (implicitTerminator != null && !region.isEmpty()) {
        Operation terminator = region.firstBlock().lastOp();
        if (terminator != null) {
          printTerminator =
              !terminator.properties().isEmpty()
                  || !terminator.attributes().isEmpty()
                  || terminator.numOperands() != 0
                  || terminator.numResults() != 0;
        }
      }
      p.printRegion(region, true, printTerminator, false);
    }
  }

  private static void printSuccessors(List<Block> successors, OpAsmPrinter p) {
    for (int i = 0; i < successors.size(); i++) {
      if (i > 0) {
        p.print(", ");
      }
      p.printSuccessor(successors.get(i));
    }
  }

  /** Whether the anchor of an optional group is present in {@code op}. */
  private boolean isPresent(Element anchor, Operation op) {
    if (anchor instanceof OperandVar v) {
      return !operandGroup(op, v.index()).isEmpty();
    } else if (anchor instanceof ResultVar v) {
      return !resultGroupTypes(op, v.index()).isEmpty();
    } else if (anchor instanceof RegionVar v) {
      return v.spec().arity() == Arity.SINGLE
          ? !regionGroup(op, v.index()).isEmpty() && !regionGroup(op, v.index()).get(0).isEmpty()
          : !regionGroup(op, v.index()).isEmpty();
    } else if (anchor instanceof SuccessorVar v) {
      return !successorGroup(op, v.index()).isEmpty();
    } else if (anchor instanceof TypeDir t) {
      return isPresent(t.arg(), op);
    } else if (anchor instanceof FunctionalType f) {
      return isPresent(f.inputs(), op);
    } else if (anchor instanceof AttrVar a) {
      Attribute value = op.inherentOrDiscardable(a.spec().name()).orElse(null);
      return value != null && !isDefault(a.spec(), value, op);
    } else {
      return false;
    }
  }

  static boolean isDefault(AttrSpec spec, Attribute value, Operation op) {
    return spec.constraint() instanceof DefaultValuedAttr d
        && d.defaultValue(op.context()).equals(value);
  }

  /** The unit attribute anchor that the group's literals stand for, or {@code null}. */
  static AttrVar elidedAnchor(OptionalGroup group) {
    if (group.anchor() instanceof AttrVar attr
        && FormatCompiler.isUnitAttr(attr.spec())
        && attr != group.then().get(0)
        && (group.otherwise().isEmpty() || attr != group.otherwise().get(0))) {
      return attr;
    }
    return null;
  }

  private void printOptionalGroup(OptionalGroup group, Operation op, OpAsmPrinter p, Spacing s) {
    boolean present = isPresent(group.anchor(), op) != group.inverted();
    AttrVar elided = elidedAnchor(group);
    for (Element element : present ? group.then() : group.otherwise()) {
      if (element != elided) {
        printElement(element, op, p, s);
      }
    }
  }

  private boolean isClausePresent(List<Element> clause, Operation op) {
    for (Element element : clause) {
      for (Element var : FormatCompiler.variables(element)) {
        boolean present = false;
        if (var instanceof AttrVar a) {
          present = op.inherentOrDiscardable(a.spec().name()).isPresent();
        } else if (var instanceof OperandVar v) {
          present = !operandGroup(op, v.index()).isEmpty();
        } else if (var instanceof ResultVar v) {
          present = !resultGroupTypes(op, v.index()).isEmpty();
        } else if (var instanceof RegionVar v) {
          present = !regionGroup(op, v.index()).isEmpty();
        }
        if (present) {
          return true;
        }
      }
    }
    return false;
  }

  /** The unit attribute a clause consists of, or {@code null}. */
  static AttrVar unitClause(List<Element> clause) {
    return clause.size() == 1
            && clause.get(0) instanceof AttrVar attr
            && FormatCompiler.isUnitAttr(attr.spec())
        ? attr
        : null;
  }

  private void printOIList(OIList oilist, Operation op, OpAsmPrinter p, Spacing s) {
    for (int i = 0; i < oilist.keywords().size(); i++) {
      List<Element> clause = oilist.clauses().get(i);
      if (!isClausePresent(clause, op)) {
        continue;
      }
      printLiteral(oilist.keywords().get(i).spelling(), p, s);
      if (unitClause(clause) == null) {
        for (Element element : clause) {
          printElement(element, op, p, s);
        }
      }
    }
  }

  /** The attribute names {@code attr-dict} and {@code prop-dict} leave out. */
  private Set<String> elided(Operation op, DictionaryAttr dictionary) {
    Set<String> elided = new HashSet<>(usedAttributes);
    if (!allOperands && operandSegments) {
      elided.add(AttrSizedOperandSegments.ATTRIBUTE);
    }
    if (!allResultTypes && resultSegments) {
      elided.add(AttrSizedResultSegments.ATTRIBUTE);
    }
    for (AttrSpec spec : sig.attributes()) {
      Attribute value = dictionary.get(spec.name()).orElse(null);
      if (value != null && isDefault(spec, value, op)) {
        elided.add(spec.name());
      }
    }
    return elided;
  }

  private void printAttrDict(Operation op, OpAsmPrinter p, boolean withKeyword) {
    DictionaryAttr dictionary = hasPropDict ? op.attributes() : merged(op);
    Set<String> elided = elided(op, dictionary);
    if (withKeyword) {
      p.printOptionalAttrDictWithKeyword(dictionary, elided);
    } else {
      p.printOptionalAttrDict(dictionary, elided);
    }
  }

  /** MLIR's {@code getAttrDictionary()}: properties and discardable attributes together. */
  static DictionaryAttr merged(Operation op) {
    if (op.properties().isEmpty()) {
      return op.attributes();
    }
    Map<String, NamedAttribute> all = new LinkedHashMap<>();
    op.attributes().entries().forEach(e -> all.put(e.name(), e));
    op.properties().entries().forEach(e -> all.put(e.name(), e));
    return DictionaryAttr.of(all.values());
  }

  private void printPropDict(Operation op, OpAsmPrinter p) {
    Set<String> elided = elided(op, op.properties());
    List<NamedAttribute> shown = new ArrayList<>();
    for (NamedAttribute entry : op.properties().entries()) {
      if (!elided.contains(entry.name())) {
        shown.add(entry);
      }
    }
    if (shown.isEmpty()) {
      return;
    }
    p.print(" <");
    p.printAttribute(DictionaryAttr.of(shown));
    p.print(">");
  }

  private void printCustom(Custom custom, Operation op, OpAsmPrinter p) {
    List<DirectiveArg> args = new ArrayList<>();
    for (Element element : custom.args()) {
      boolean isRef = element instanceof Ref;
      Element arg = element instanceof Ref ref ? ref.arg() : element;
      args.add(printArg(arg, isRef, op));
    }
    registry.lookup(custom.name()).orElseThrow().print(p, op, args);
  }

  private DirectiveArg printArg(Element arg, boolean isRef, Operation op) {
    DirectiveArg out;
    if (arg instanceof OperandVar v) {
      out = new DirectiveArg(DirectiveArg.Kind.OPERANDS, v.spec().name(), v.spec().arity(), isRef);
      out.values().addAll(operandGroup(op, v.index()));
    } else if (arg instanceof TypeDir t) {
      out = typeArg(t, isRef);
      out.types().addAll(types(t.arg(), op));
    } else if (arg instanceof AttrVar a) {
      out =
          new DirectiveArg(
              DirectiveArg.Kind.ATTRIBUTE,
              a.spec().name(),
              a.spec().optional() ? Arity.OPTIONAL : Arity.SINGLE,
              isRef);
      out.setAttribute(op.inherentOrDiscardable(a.spec().name()).orElse(null));
    } else if (arg instanceof RegionVar v) {
      out = new DirectiveArg(DirectiveArg.Kind.REGIONS, v.spec().name(), v.spec().arity(), isRef);
      out.regions().addAll(regionGroup(op, v.index()));
    } else if (arg instanceof SuccessorVar v) {
      out =
          new DirectiveArg(DirectiveArg.Kind.SUCCESSORS, v.spec().name(), v.spec().arity(), isRef);
      out.successors().addAll(successorGroup(op, v.index()));
    } else if (arg instanceof AttrDict d) {
      out = new DirectiveArg(DirectiveArg.Kind.ATTR_DICT, "", Arity.SINGLE, isRef);
      out.setDictionary(op.attributes());
    } else if (arg instanceof PropDict d) {
      out = new DirectiveArg(DirectiveArg.Kind.ATTR_DICT, "", Arity.SINGLE, isRef);
      out.setDictionary(op.properties());
    } else if (arg instanceof Str str) {
      out = new DirectiveArg(DirectiveArg.Kind.STRING, str.value(), Arity.SINGLE, true);
    } else {
      throw new AssertionError("unexpected custom directive argument " + arg);
    }
    return out;
  }

  static DirectiveArg typeArg(TypeDir t, boolean isRef) {
    ValueSpec spec = t.arg() instanceof OperandVar v ? v.spec() : ((ResultVar) t.arg()).spec();
    return new DirectiveArg(DirectiveArg.Kind.TYPES, spec.name(), spec.arity(), isRef);
  }
}
