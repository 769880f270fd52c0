package dev.aic.text.format;

import dev.aic.ir.sig.Arity;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.sig.OpSignature.NamedArity;
import dev.aic.ir.sig.ValueSpec;
import dev.aic.ir.trait.OpTrait;
import dev.aic.ir.trait.SameOperandsAndResultType;
import dev.aic.ir.trait.SameTypeOperands;
import dev.aic.text.format.Element.AttrDict;
import dev.aic.text.format.Element.AttrVar;
import dev.aic.text.format.Element.Literal;
import dev.aic.text.format.Element.OIList;
import dev.aic.text.format.Element.OperandVar;
import dev.aic.text.format.Element.OptionalGroup;
import dev.aic.text.format.Element.PropDict;
import dev.aic.text.format.Element.RegionVar;
import dev.aic.text.format.Element.Space;
import dev.aic.text.format.Element.SuccessorVar;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks {@link FormatCompiler} runs once the whole format is read, as the verification half of
 * MLIR's {@code OpFormatParser}: ambiguity between adjacent elements, and that every operand,
 * result type, region and successor is bound or can be inferred. Kept apart from the reader so each
 * stays within the file budget; it sees only what the format bound, passed in explicitly.
 */
final class FormatVerifier {
  private final String format;
  private final OpSignature sig;
  private final Collection<? extends OpTrait> traits;

  // What the format bound.
  private final BitSet seenOperands;
  private final BitSet seenOperandTypes;
  private final BitSet seenResultTypes;
  private final Set<String> seenAttrs;
  private final boolean allOperands;
  private final boolean allOperandTypes;
  private final boolean allResultTypes;

  FormatVerifier(
      String format,
      OpSignature sig,
      Collection<? extends OpTrait> traits,
      BitSet seenOperands,
      BitSet seenOperandTypes,
      BitSet seenResultTypes,
      Set<String> seenAttrs,
      boolean allOperands,
      boolean allOperandTypes,
      boolean allResultTypes) {
    this.format = format;
    this.sig = sig;
    this.traits = traits;
    this.seenOperands = seenOperands;
    this.seenOperandTypes = seenOperandTypes;
    this.seenResultTypes = seenResultTypes;
    this.seenAttrs = seenAttrs;
    this.allOperands = allOperands;
    this.allOperandTypes = allOperandTypes;
    this.allResultTypes = allResultTypes;
  }

  // ---- errors --------------------------------------------------------------------------------

  private IllegalArgumentException error(int at, String message) {
    return FormatCompiler.error(format, at, message);
  }

  private IllegalArgumentException errorAndNote(int at, String message, String note) {
    return error(at, message + " (note: " + note + ")");
  }

  // ---- verification --------------------------------------------------------------------------

  /** Whether MLIR's parser may skip {@code element} without consuming anything. */
  private static boolean isOptionallyParsed(Element element) {
    if (element instanceof AttrVar attr) {
      return FormatCompiler.isOptionalAttr(attr.spec());
    } else if (element instanceof OperandVar operand) {
      return operand.spec().arity() != Arity.SINGLE;
    } else if (element instanceof SuccessorVar successor) {
      return successor.spec().arity() == Arity.VARIADIC;
    } else if (element instanceof RegionVar region) {
      return region.spec().arity() == Arity.VARIADIC;
    } else if (element instanceof Space s) {
      return true;
    } else if (element instanceof AttrDict d) {
      return true;
    } else if (element instanceof PropDict d) {
      return true;
    } else {
      return false;
    }
  }

  private interface Invalid {
    boolean test(Element base, Element element);
  }

  /** MLIR's {@code checkRangeForElement}: null when the end was reached. */
  private static Boolean checkRange(
      Element base, Invalid invalid, List<Element> range, Element optionalGuard) {
    for (Element element : range) {
      if (invalid.test(base, element)) {
        return false;
      }
      if (element instanceof OptionalGroup group) {
        Boolean then = checkRange(base, invalid, group.then(), group.then().get(0));
        if (then != null && !then) {
          return false;
        }
        Boolean otherwise = checkRange(base, invalid, group.otherwise(), null);
        if (otherwise != null && !otherwise) {
          return false;
        }
        continue;
      }
      if (element != optionalGuard && isOptionallyParsed(element)) {
        continue;
      }
      return true;
    }
    return null;
  }

  /** MLIR's {@code verifyAdjacentElements}; returns an unverified base reaching the end. */
  private static Element verifyAdjacent(
      java.util.function.Predicate<Element> isBase, Invalid invalid, List<Element> elements) {
    for (int i = 0; i < elements.size(); i++) {
      Element element = elements.get(i);
      Element base;
      if (isBase.test(element)) {
        base = element;
      } else if (element instanceof OptionalGroup group) {
        Element then = verifyAdjacent(isBase, invalid, group.then());
        Element otherwise = verifyAdjacent(isBase, invalid, group.otherwise());
        base = then != null ? then : otherwise;
        if (base == null) {
          continue;
        }
      } else {
        continue;
      }
      Boolean result = checkRange(base, invalid, elements.subList(i + 1, elements.size()), null);
      if (result == null) {
        return base;
      }
    }
    return null;
  }

  void verifyAttributeColonType(List<Element> elements) {
    verifyAdjacent(
        e ->
            e instanceof AttrVar attr
                && attr.spec().constraint().valueType() == null
                && (attr.qualified() || !(attr.spec().constraint() instanceof AttrFormat)),
        (base, e) -> {
          if (e instanceof Literal literal && literal.spelling().equals(":")) {
            throw error(
                0,
                "format ambiguity caused by `:` literal found after attribute `"
                    + ((AttrVar) base).spec().name()
                    + "` which does not have a buildable type");
          }
          return false;
        },
        elements);
  }

  void verifyAttrDictRegion(List<Element> elements) {
    verifyAdjacent(
        e -> e instanceof AttrDict dict && !dict.withKeyword(),
        (base, e) -> {
          if (e instanceof RegionVar region) {
            throw errorAndNote(
                0,
                "format ambiguity caused by `attr-dict` directive followed by region `"
                    + region.spec().name()
                    + "`",
                "try using `attr-dict-with-keyword` instead");
          }
          return false;
        },
        elements);
  }

  /** The source of {@code name}'s types if the format gives them, as MLIR's {@code findSeenArg}. */
  private TypeSource seenSource(String name) {
    for (int i = 0; i < sig.operands().size(); i++) {
      if (sig.operands().get(i).name().equals(name)) {
        return seenOperandTypes.get(i)
            ? TypeSource.operand(i, sig.operands().get(i).arity())
            : null;
      }
    }
    for (int i = 0; i < sig.results().size(); i++) {
      if (sig.results().get(i).name().equals(name)) {
        return seenResultTypes.get(i) ? TypeSource.result(i, sig.results().get(i).arity()) : null;
      }
    }
    return seenAttrs.contains(name) ? TypeSource.attribute(name) : null;
  }

  private List<String> valueNames() {
    List<String> names = new ArrayList<>();
    sig.operands().forEach(o -> names.add(o.name()));
    sig.results().forEach(r -> names.add(r.name()));
    sig.attributes().forEach(a -> names.add(a.name()));
    return names;
  }

  Map<String, TypeSource> typeResolvers() {
    Map<String, TypeSource> resolvers = new HashMap<>();
    for (Set<String> group : sig.sameTypeGroups()) {
      List<String> members = valueNames().stream().filter(group::contains).toList();
      for (String member : members) {
        TypeSource resolver = seenSource(member);
        if (resolver == null) {
          continue;
        }
        for (String other : members) {
          if (!other.equals(member)) {
            resolvers.put(other, resolver);
          }
        }
      }
    }
    for (OpTrait trait : traits) {
      boolean withResults = trait instanceof SameOperandsAndResultType;
      if (!withResults && !(trait instanceof SameTypeOperands)) {
        continue;
      }
      TypeSource resolver = null;
      int first = seenOperandTypes.nextSetBit(0);
      if (first >= 0) {
        resolver = TypeSource.operand(first, sig.operands().get(first).arity());
      } else if (withResults && seenResultTypes.nextSetBit(0) >= 0) {
        int r = seenResultTypes.nextSetBit(0);
        resolver = TypeSource.result(r, sig.results().get(r).arity());
      }
      if (resolver == null) {
        continue;
      }
      for (int i = 0; i < sig.operands().size(); i++) {
        if (!seenOperandTypes.get(i)) {
          resolvers.put(sig.operands().get(i).name(), resolver);
        }
      }
      if (withResults) {
        for (int i = 0; i < sig.results().size(); i++) {
          if (!seenResultTypes.get(i)) {
            resolvers.put(sig.results().get(i).name(), resolver);
          }
        }
      }
    }
    for (OpTrait trait : traits) {
      if (trait instanceof TypesMatchWith match) {
        TypeSource resolver = seenSource(match.from());
        if (resolver != null) {
          resolvers.put(match.to(), resolver.transformed(match.transform()));
        }
      }
    }
    return resolvers;
  }

  TypeSource[] verifyResults(Map<String, TypeSource> resolvers) {
    TypeSource[] sources = new TypeSource[sig.results().size()];
    for (int i = 0; i < sources.length; i++) {
      ValueSpec result = sig.results().get(i);
      if (allResultTypes || seenResultTypes.get(i)) {
        sources[i] = TypeSource.PARSED;
        continue;
      }
      TypeSource resolver = resolvers.get(result.name());
      if (resolver != null) {
        sources[i] = resolver;
        continue;
      }
      if (result.constraint().buildableType() == null || result.arity() != Arity.SINGLE) {
        throw errorAndNote(
            0,
            "type of result #"
                + i
                + ", named '"
                + result.name()
                + "', is not buildable and a buildable type cannot be inferred",
            "suggest adding a type constraint to the operation or adding a 'type($"
                + result.name()
                + ")' directive to the custom assembly format");
      }
      sources[i] = TypeSource.buildable(result.constraint().buildableType());
    }
    return sources;
  }

  TypeSource[] verifyOperands(Map<String, TypeSource> resolvers) {
    TypeSource[] sources = new TypeSource[sig.operands().size()];
    for (int i = 0; i < sources.length; i++) {
      ValueSpec operand = sig.operands().get(i);
      if (!allOperands && !seenOperands.get(i)) {
        throw errorAndNote(
            0,
            "operand #" + i + ", named '" + operand.name() + "', not found",
            "suggest adding a '$" + operand.name() + "' directive to the custom assembly format");
      }
      if (allOperandTypes || seenOperandTypes.get(i)) {
        sources[i] = TypeSource.PARSED;
        continue;
      }
      TypeSource resolver = resolvers.get(operand.name());
      if (resolver != null) {
        sources[i] = resolver;
        continue;
      }
      if (operand.constraint().buildableType() == null
          || allOperands && operand.arity() != Arity.SINGLE) {
        throw errorAndNote(
            0,
            "type of operand #"
                + i
                + ", named '"
                + operand.name()
                + "', is not buildable and a buildable type cannot be inferred",
            "suggest adding a type constraint to the operation or adding a 'type($"
                + operand.name()
                + ")' directive to the custom assembly format");
      }
      sources[i] = TypeSource.buildable(operand.constraint().buildableType());
    }
    return sources;
  }

  void verifyGroups(String what, List<NamedArity> groups, BitSet seen, boolean all) {
    if (all) {
      return;
    }
    for (int i = 0; i < groups.size(); i++) {
      if (!seen.get(i)) {
        String name = groups.get(i).name();
        throw errorAndNote(
            0,
            what + " #" + i + ", named '" + name + "', not found",
            "suggest adding a '$" + name + "' directive to the custom assembly format");
      }
    }
  }

  void verifyOIListElements(List<Element> elements) {
    List<String> prohibited = new ArrayList<>();
    for (Element element : elements) {
      if (element instanceof OIList oilist) {
        for (Literal literal : oilist.keywords()) {
          if (prohibited.contains(literal.spelling())) {
            throw error(
                0,
                "format ambiguity because "
                    + literal.spelling()
                    + " is used in two adjacent oilist elements.");
          }
        }
        oilist.keywords().forEach(l -> prohibited.add(l.spelling()));
      } else if (element instanceof Literal literal) {
        if (prohibited.contains(literal.spelling())) {
          throw error(
              0,
              "format ambiguity because "
                  + literal.spelling()
                  + " is used both in oilist element and the adjacent literal.");
        }
        prohibited.clear();
      } else {
        prohibited.clear();
      }
    }
  }
}
