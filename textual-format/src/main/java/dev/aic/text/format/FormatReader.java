package dev.aic.text.format;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DenseArrayAttr;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.TypedAttr;
import dev.aic.ir.attr.UnitAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.sig.Arity;
import dev.aic.ir.sig.AttrSpec;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.sig.ValueSpec;
import dev.aic.ir.trait.AttrSizedOperandSegments;
import dev.aic.ir.trait.AttrSizedResultSegments;
import dev.aic.ir.trait.IsTerminator;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.Type;
import dev.aic.text.OpAsmParser;
import dev.aic.text.UnresolvedOperand;
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
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses one op by a compiled format, as the parser MLIR's format generator emits. */
final class FormatReader {
  private final CompiledFormat f;
  private final OpSignature sig;
  private final OpAsmParser p;
  private final OperationState state;

  private final List<List<UnresolvedOperand>> operands = new ArrayList<>();
  private final List<List<Type>> operandTypes = new ArrayList<>();
  private final List<List<Type>> resultTypes = new ArrayList<>();
  private final List<List<Region>> regions = new ArrayList<>();
  private final List<List<Block>> successors = new ArrayList<>();
  private final List<UnresolvedOperand> allOperands = new ArrayList<>();
  private final List<Type> allOperandTypes = new ArrayList<>();
  private final List<Type> allResultTypes = new ArrayList<>();
  private final List<Region> allRegions = new ArrayList<>();
  private final List<Block> allSuccessors = new ArrayList<>();
  private final Map<String, Attribute> attributes = new LinkedHashMap<>();
  private DictionaryAttr attrDict = DictionaryAttr.EMPTY;
  private DictionaryAttr propDict = DictionaryAttr.EMPTY;
  private Location operandsLocation;

  FormatReader(CompiledFormat f, OpAsmParser p, OperationState state) {
    this.f = f;
    this.sig = f.sig;
    this.p = p;
    this.state = state;
    for (int i = 0; i < sig.operands().size(); i++) {
      operands.add(new ArrayList<>());
      operandTypes.add(new ArrayList<>());
    }
    sig.results().forEach(r -> resultTypes.add(new ArrayList<>()));
    sig.regions().forEach(r -> regions.add(new ArrayList<>()));
    sig.successors().forEach(s -> successors.add(new ArrayList<>()));
  }

  private RuntimeException error(Location at, String message) {
    return p.emitError(at, "custom op '" + p.opName() + "' " + message);
  }

  void parse() {
    operandsLocation = p.currentLocation();
    for (Element element : f.elements) {
      parseElement(element);
    }
    finish();
  }

  // ---- elements ------------------------------------------------------------------------------

  private static boolean isKeyword(String literal) {
    char c = literal.charAt(0);
    return c == '_' || Character.isLetter(c);
  }

  private void parseLiteral(String literal) {
    if (isKeyword(literal)) {
      p.parseKeyword(literal);
    } else {
      p.parsePunctuation(literal);
    }
  }

  private boolean parseOptionalLiteral(String literal) {
    return isKeyword(literal)
        ? p.parseOptionalKeyword(literal)
        : p.parseOptionalPunctuation(literal);
  }

  private void parseElement(Element element) {
    if (element instanceof Literal literal) {
      parseLiteral(literal.spelling());
    } else if (element instanceof Space space) {
    } else if (element instanceof AttrVar attr) {
      attributes.put(attr.spec().name(), parseAttribute(attr));
    } else if (element instanceof OperandVar operand) {
      parseOperands(operand, false);
    } else if (element instanceof RegionVar region) {
      parseRegions(regions.get(region.index()), region.spec().arity(), false);
    } else if (element instanceof SuccessorVar successor) {
      parseSuccessors(successors.get(successor.index()), successor.spec().arity(), false);
    } else if (element instanceof AttrDict dict) {
      parseAttrDict(dict.withKeyword());
    } else if (element instanceof PropDict dict) {
      parsePropDict();
    } else if (element instanceof TypeDir type) {
      parseTypes(type.arg());
    } else if (element instanceof FunctionalType functional) {
      parseFunctionalType(functional);
    } else if (element instanceof Operands all) {
      operandsLocation = p.currentLocation();
      allOperands.addAll(p.parseOperandList(""));
    } else if (element instanceof Regions all) {
      parseRegions(allRegions, Arity.VARIADIC, false);
    } else if (element instanceof Successors all) {
      parseSuccessors(allSuccessors, Arity.VARIADIC, false);
    } else if (element instanceof Custom custom) {
      parseCustom(custom, false);
    } else if (element instanceof OptionalGroup group) {
      parseOptionalGroup(group);
    } else if (element instanceof OIList oilist) {
      parseOIList(oilist);
    } else {
      throw new AssertionError("unexpected element " + element);
    }
  }

  private Attribute parseAttribute(AttrVar attr) {
    AttrSpec spec = attr.spec();
    if (!attr.qualified() && spec.constraint() instanceof AttrFormat custom) {
      return custom.parse(p, spec.name());
    }
    Type valueType = attr.qualified() ? null : spec.constraint().valueType();
    return valueType != null ? p.parseAttribute(valueType) : p.parseAttribute();
  }

  private Attribute parseOptionalAttribute(AttrVar attr) {
    AttrSpec spec = attr.spec();
    if (!attr.qualified() && spec.constraint() instanceof AttrFormat custom) {
      return custom.parseOptional(p, spec.name()).orElse(null);
    }
    Type valueType = attr.qualified() ? null : spec.constraint().valueType();
    return (valueType != null ? p.parseOptionalAttribute(valueType) : p.parseOptionalAttribute())
        .orElse(null);
  }

  /** Parses an operand group; returns whether any operand was there. */
  private boolean parseOperands(OperandVar operand, boolean optional) {
    List<UnresolvedOperand> out = operands.get(operand.index());
    switch (operand.spec().arity()) {
      case SINGLE -> {
        if (optional) {
          p.parseOptionalOperand().ifPresent(out::add);
        } else {
          out.add(p.parseOperand());
        }
      }
      case OPTIONAL -> p.parseOptionalOperand().ifPresent(out::add);
      case VARIADIC -> out.addAll(p.parseOperandList(""));
    }
    return !out.isEmpty();
  }

  private boolean parseRegions(List<Region> out, Arity arity, boolean optional) {
    Region first = new Region();
    if (arity == Arity.SINGLE && !optional) {
      p.parseRegion(first, List.of(), false);
      out.add(first);
      return true;
    }
    if (!p.parseOptionalRegion(first, List.of(), false)) {
      return false;
    }
    out.add(first);
    if (arity == Arity.VARIADIC) {
      while (p.parseOptionalPunctuation(",")) {
        Region next = new Region();
        p.parseRegion(next, List.of(), false);
        out.add(next);
      }
    }
    return true;
  }

  private boolean parseSuccessors(List<Block> out, Arity arity, boolean optional) {
    if (arity == Arity.SINGLE && !optional) {
      out.add(p.parseSuccessor());
      return true;
    }
    var first = p.parseOptionalSuccessor();
    if (first.isEmpty()) {
      return false;
    }
    out.add(first.get());
    if (arity == Arity.VARIADIC) {
      while (p.parseOptionalPunctuation(",")) {
        out.add(p.parseSuccessor());
      }
    }
    return true;
  }

  private void parseAttrDict(boolean withKeyword) {
    if (withKeyword) {
      if (!p.parseOptionalKeyword("attributes")) {
        return;
      }
      Location at = p.currentLocation();
      attrDict =
          p.parseOptionalAttrDictionary()
              .orElseThrow(() -> p.emitError(at, "expected '{' in attribute dictionary"));
      return;
    }
    attrDict = p.parseOptionalAttrDictionary().orElse(DictionaryAttr.EMPTY);
  }

  private void parsePropDict() {
    if (!p.parseOptionalPunctuation("<")) {
      return;
    }
    Location at = p.currentLocation();
    if (!(p.parseAttribute() instanceof DictionaryAttr dictionary)) {
      throw p.emitError(at, "expected dictionary attribute");
    }
    propDict = dictionary;
    p.parsePunctuation(">");
  }

  private List<Type> typeTarget(Element arg) {
    if (arg instanceof OperandVar v) {
      return operandTypes.get(v.index());
    } else if (arg instanceof ResultVar v) {
      return resultTypes.get(v.index());
    } else if (arg instanceof Operands o) {
      return allOperandTypes;
    } else if (arg instanceof Results r) {
      return allResultTypes;
    } else {
      throw new AssertionError("unexpected type argument " + arg);
    }
  }

  private static Arity typeArity(Element arg) {
    if (arg instanceof OperandVar v) {
      return v.spec().arity();
    } else if (arg instanceof ResultVar v) {
      return v.spec().arity();
    } else {
      return Arity.VARIADIC;
    }
  }

  private void parseTypes(Element arg) {
    List<Type> out = typeTarget(arg);
    switch (typeArity(arg)) {
      case SINGLE -> out.add(p.parseType());
      case OPTIONAL -> p.parseOptionalType().ifPresent(out::add);
      case VARIADIC -> {
        // MLIR's parseTypeList: one type or more.
        do {
          out.add(p.parseType());
        } while (p.parseOptionalPunctuation(","));
      }
    }
  }

  private void parseFunctionalType(FunctionalType functional) {
    Location at = p.currentLocation();
    if (!(p.parseType() instanceof FunctionType type)) {
      throw p.emitError(at, "invalid kind of type specified");
    }
    typeTarget(functional.inputs()).addAll(type.inputs());
    typeTarget(functional.results()).addAll(type.results());
  }

  // ---- groups --------------------------------------------------------------------------------

  /** Parses the first element of an optional group optionally; returns whether it was there. */
  private boolean parseFirst(Element first) {
    if (first instanceof Literal literal) {
      return parseOptionalLiteral(literal.spelling());
    } else if (first instanceof AttrVar attr) {
      Attribute value = parseOptionalAttribute(attr);
      if (value != null) {
        attributes.put(attr.spec().name(), value);
      }
      return value != null;
    } else if (first instanceof OperandVar operand) {
      return parseOperands(operand, true);
    } else if (first instanceof RegionVar region) {
      return parseRegions(regions.get(region.index()), region.spec().arity(), true);
    } else if (first instanceof SuccessorVar successor) {
      return parseSuccessors(successors.get(successor.index()), successor.spec().arity(), true);
    } else if (first instanceof Custom custom) {
      return parseCustom(custom, true);
    } else {
      throw new AssertionError("unexpected first element " + first);
    }
  }

  private void parseOptionalGroup(OptionalGroup group) {
    AttrVar elided = CompiledFormat.elidedAnchor(group);
    if (parseFirst(group.then().get(group.thenStart()))) {
      for (Element element : group.then().subList(group.thenStart() + 1, group.then().size())) {
        if (element != elided) {
          parseElement(element);
        }
      }
      if (!group.inverted() && elided != null) {
        attributes.put(elided.spec().name(), UnitAttr.INSTANCE);
      }
      return;
    }
    for (Element element : group.otherwise()) {
      if (element != elided) {
        parseElement(element);
      }
    }
    if (group.inverted() && elided != null) {
      attributes.put(elided.spec().name(), UnitAttr.INSTANCE);
    }
  }

  private void parseOIList(OIList oilist) {
    Set<Integer> seen = new HashSet<>();
    while (true) {
      int matched = -1;
      for (int i = 0; i < oilist.keywords().size() && matched < 0; i++) {
        if (parseOptionalLiteral(oilist.keywords().get(i).spelling())) {
          matched = i;
        }
      }
      if (matched < 0) {
        return;
      }
      String keyword = oilist.keywords().get(matched).spelling();
      if (!seen.add(matched)) {
        throw error(
            p.nameLocation(),
            "`"
                + keyword
                + "` clause can appear at most once in the expansion of the oilist directive");
      }
      List<Element> clause = oilist.clauses().get(matched);
      AttrVar unit = CompiledFormat.unitClause(clause);
      if (unit != null) {
        attributes.put(unit.spec().name(), UnitAttr.INSTANCE);
      } else {
        clause.forEach(this::parseElement);
      }
    }
  }

  // ---- custom directives ---------------------------------------------------------------------

  private boolean parseCustom(Custom custom, boolean optional) {
    List<DirectiveArg> args = new ArrayList<>();
    for (Element element : custom.args()) {
      args.add(customArg(element));
    }
    boolean present = f.registry.lookup(custom.name()).orElseThrow().parse(p, args);
    if (!present) {
      if (!optional) {
        throw p.emitError(p.currentLocation(), "expected " + custom.name());
      }
      return false;
    }
    for (int i = 0; i < args.size(); i++) {
      Element element = custom.args().get(i);
      DirectiveArg arg = args.get(i);
      if (element instanceof Ref) {
        continue;
      }
      if (element instanceof OperandVar v) {
        operands.get(v.index()).addAll(arg.operands());
      } else if (element instanceof TypeDir t) {
        typeTarget(t.arg()).addAll(arg.types());
      } else if (element instanceof AttrVar a) {
        if (arg.attribute() != null) {
          attributes.put(a.spec().name(), arg.attribute());
        }
      } else if (element instanceof RegionVar v) {
        regions.get(v.index()).addAll(arg.regions());
      } else if (element instanceof SuccessorVar v) {
        successors.get(v.index()).addAll(arg.successors());
      } else if (element instanceof AttrDict d) {
        attrDict = arg.dictionary();
      } else if (element instanceof PropDict d) {
        propDict = arg.dictionary();
      } else {
      }
    }
    return true;
  }

  private DirectiveArg customArg(Element element) {
    boolean isRef = element instanceof Ref;
    Element inner = element instanceof Ref ref ? ref.arg() : element;
    DirectiveArg arg;
    if (inner instanceof OperandVar v) {
      arg = new DirectiveArg(DirectiveArg.Kind.OPERANDS, v.spec().name(), v.spec().arity(), isRef);
      if (isRef) {
        arg.operands().addAll(operands.get(v.index()));
      }
    } else if (inner instanceof TypeDir t) {
      arg = CompiledFormat.typeArg(t, isRef);
      if (isRef) {
        arg.types().addAll(typeTarget(t.arg()));
      }
    } else if (inner instanceof AttrVar a) {
      arg =
          new DirectiveArg(
              DirectiveArg.Kind.ATTRIBUTE,
              a.spec().name(),
              a.spec().optional() ? Arity.OPTIONAL : Arity.SINGLE,
              isRef);
      if (isRef) {
        arg.setAttribute(attributes.get(a.spec().name()));
      }
    } else if (inner instanceof RegionVar v) {
      arg = new DirectiveArg(DirectiveArg.Kind.REGIONS, v.spec().name(), v.spec().arity(), isRef);
      if (isRef) {
        arg.regions().addAll(regions.get(v.index()));
      } else if (v.spec().arity() == Arity.SINGLE) {
        arg.regions().add(new Region());
      }
    } else if (inner instanceof SuccessorVar v) {
      arg =
          new DirectiveArg(DirectiveArg.Kind.SUCCESSORS, v.spec().name(), v.spec().arity(), isRef);
      if (isRef) {
        arg.successors().addAll(successors.get(v.index()));
      }
    } else if (inner instanceof AttrDict d) {
      arg = new DirectiveArg(DirectiveArg.Kind.ATTR_DICT, "", Arity.SINGLE, isRef);
      arg.setDictionary(attrDict);
    } else if (inner instanceof PropDict d) {
      arg = new DirectiveArg(DirectiveArg.Kind.ATTR_DICT, "", Arity.SINGLE, isRef);
      arg.setDictionary(propDict);
    } else if (inner instanceof Str s) {
      arg = new DirectiveArg(DirectiveArg.Kind.STRING, s.value(), Arity.SINGLE, true);
    } else {
      throw new AssertionError("unexpected custom directive argument " + inner);
    }
    return arg;
  }

  // ---- building the op -----------------------------------------------------------------------

  private void finish() {
    Set<String> inherent = new HashSet<>();
    for (AttrSpec spec : sig.attributes()) {
      if (spec.inherent()) {
        inherent.add(spec.name());
      }
    }
    inherent.add(AttrSizedOperandSegments.ATTRIBUTE);
    inherent.add(AttrSizedResultSegments.ATTRIBUTE);
    Map<String, Attribute> properties = new LinkedHashMap<>();
    Map<String, Attribute> discardable = new LinkedHashMap<>();
    for (NamedAttribute entry : propDict.entries()) {
      properties.put(entry.name(), entry.value());
    }
    for (NamedAttribute entry : attrDict.entries()) {
      if (!f.hasPropDict && inherent.contains(entry.name())) {
        properties.put(entry.name(), entry.value());
      } else {
        discardable.put(entry.name(), entry.value());
      }
    }
    for (Map.Entry<String, Attribute> entry : attributes.entrySet()) {
      AttrSpec spec = sig.attribute(entry.getKey()).orElseThrow();
      (spec.inherent() ? properties : discardable).put(entry.getKey(), entry.getValue());
    }
    for (AttrSpec spec : sig.attributes()) {
      Map<String, Attribute> target = spec.inherent() ? properties : discardable;
      if (!target.containsKey(spec.name()) && spec.constraint() instanceof DefaultValuedAttr d) {
        target.put(spec.name(), d.defaultValue(p.context()));
      }
    }

    // Result types.
    List<Type> results = new ArrayList<>();
    long[] resultSizes = new long[sig.results().size()];
    if (f.allResultTypes) {
      results.addAll(allResultTypes);
    } else {
      for (int i = 0; i < sig.results().size(); i++) {
        List<Type> types = groupTypes(f.resultSources[i], resultTypes.get(i), -1);
        resultSizes[i] = types.size();
        results.addAll(types);
      }
      if (f.resultSegments) {
        properties.put(AttrSizedResultSegments.ATTRIBUTE, segmentSizes(resultSizes));
      }
    }

    // Operands, resolved against their types.
    List<UnresolvedOperand> unresolved = new ArrayList<>();
    List<Type> types = new ArrayList<>();
    List<List<UnresolvedOperand>> groups = operands;
    if (f.allOperands) {
      unresolved.addAll(allOperands);
      groups = CompiledFormat.split(allOperands, CompiledFormat.arities(sig.operands()), null);
    } else {
      groups.forEach(unresolved::addAll);
      if (f.operandSegments) {
        long[] sizes = groups.stream().mapToLong(List::size).toArray();
        properties.put(AttrSizedOperandSegments.ATTRIBUTE, segmentSizes(sizes));
      }
    }
    if (f.allOperandTypes) {
      types.addAll(allOperandTypes);
    } else {
      for (int i = 0; i < sig.operands().size(); i++) {
        types.addAll(groupTypes(f.operandSources[i], operandTypes.get(i), groups.get(i).size()));
      }
    }
    if (unresolved.size() != types.size()) {
      throw p.emitError(
          operandsLocation, unresolved.size() + " operands present, but expected " + types.size());
    }
    state.addOperands(p.resolveOperands(unresolved, types));
    state.addTypes(results);

    // Regions and successors, in declaration order.
    List<Region> allRegionsInOrder = new ArrayList<>(allRegions);
    regions.forEach(allRegionsInOrder::addAll);
    for (Region region : allRegionsInOrder) {
      ensureTerminator(region);
      state.addRegion(region);
    }
    allSuccessors.forEach(state::addSuccessor);
    successors.forEach(list -> list.forEach(state::addSuccessor));
    properties.forEach(state::addProperty);
    discardable.forEach(state::addAttribute);
  }

  /** The types of a group of {@code count} values ({@code -1} for results) from its source. */
  private List<Type> groupTypes(TypeSource source, List<Type> parsed, int count) {
    List<Type> from;
    switch (source.kind()) {
      case PARSED -> from = parsed;
      case OPERAND -> from = operandTypes.get(source.index());
      case RESULT -> from = resultTypes.get(source.index());
      case ATTRIBUTE ->
          from =
              attributes.get(source.attribute()) instanceof TypedAttr typed
                  ? List.of(typed.type())
                  : List.of();
      default -> from = List.of(source.type());
    }
    if (source.transform() != null) {
      from = from.stream().map(source.transform()).toList();
    }
    if (source.kind() == TypeSource.Kind.PARSED
        || count < 0
        || source.arity() != Arity.SINGLE
        || from.isEmpty()) {
      return from;
    }
    return Collections.nCopies(count, from.get(0));
  }

  private DenseArrayAttr segmentSizes(long[] sizes) {
    return DenseArrayAttr.get(p.context(), IntegerType.get(p.context(), 32), sizes);
  }

  /** MLIR's {@code ensureTerminator} for ops whose regions end in an implicit terminator. */
  private void ensureTerminator(Region region) {
    if (f.implicitTerminator == null) {
      return;
    }
    if (region.isEmpty()) {
      region.append(new Block());
    }
    Block block = region.lastBlock();
    Operation last = block.lastOp();
    if (last != null && last.hasTrait(IsTerminator.class)) {
      return;
    }
    block.append(
        Operation.create(new OperationState(p.context(), p.nameLocation(), f.implicitTerminator)));
  }

  /** Whether {@code spec} is one value. */
  static boolean isSingle(ValueSpec spec) {
    return spec.arity() == Arity.SINGLE;
  }
}
