package dev.aic.text.format;

import dev.aic.ir.AsmText;
import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.sig.AttrConstraint;
import dev.aic.ir.type.IntegerType;
import dev.aic.text.OpAsmParser;
import dev.aic.text.OpAsmPrinter;
import java.util.List;
import java.util.Optional;

/**
 * An integer enum attribute, MLIR's {@code I64EnumAttr}/{@code I32EnumAttr}: stored as an integer
 * attribute whose value is the case's number, written in formats as the case's keyword ({@code
 * arith.cmpi slt, ...} holds {@code predicate = 2 : i64}).
 */
public final class EnumAttrConstraint implements AttrConstraint, AttrFormat {
  private final String summary;
  private final int width;
  private final List<String> cases;

  /**
   * An enum whose case {@code i} is {@code cases.get(i)}.
   *
   * @param summary how verifiers describe it ({@code allowed 64-bit signless integer cases: ...})
   * @param width the bit width of the stored integer
   * @param cases the case keywords, numbered from 0
   */
  public EnumAttrConstraint(String summary, int width, List<String> cases) {
    this.summary = summary;
    this.width = width;
    this.cases = List.copyOf(cases);
  }

  /** The case keywords, numbered from 0. */
  public List<String> cases() {
    return cases;
  }

  /** The attribute of case {@code keyword}. */
  public IntegerAttr attribute(Context context, String keyword) {
    int index = cases.indexOf(keyword);
    if (index < 0) {
      throw new IllegalArgumentException("no enum case '" + keyword + "'");
    }
    return IntegerAttr.get(context, IntegerType.get(context, width), index);
  }

  @Override
  public boolean accepts(Attribute attribute) {
    return attribute instanceof IntegerAttr integer
        && integer.type() instanceof IntegerType type
        && type.isSignless(width)
        && integer.value().signum() >= 0
        && integer.value().intValue() < cases.size();
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public void print(OpAsmPrinter p, Attribute value) {
    String keyword = cases.get(((IntegerAttr) value).value().intValue());
    p.print(AsmText.isBareIdentifier(keyword) ? keyword : AsmText.quoted(keyword));
  }

  @Override
  public Optional<Attribute> parseOptional(OpAsmParser p, String name) {
    for (String keyword : cases) {
      if (p.parseOptionalKeyword(keyword)) {
        return Optional.of(attribute(p.context(), keyword));
      }
    }
    var location = p.currentLocation();
    Optional<String> string = p.parseOptionalString();
    if (string.isEmpty()) {
      return Optional.empty();
    }
    if (!cases.contains(string.get())) {
      throw p.emitError(
          location,
          "custom op '"
              + p.opName()
              + "' invalid "
              + name
              + " attribute specification: \""
              + string.get()
              + "\"");
    }
    return Optional.of(attribute(p.context(), string.get()));
  }

  @Override
  public Attribute parse(OpAsmParser p, String name) {
    var location = p.currentLocation();
    return parseOptional(p, name)
        .orElseThrow(
            () ->
                p.emitError(
                    location,
                    "custom op '"
                        + p.opName()
                        + "' expected string or keyword containing one of the following enum"
                        + " values for attribute '"
                        + name
                        + "' ["
                        + String.join(", ", cases)
                        + "]"));
  }
}
