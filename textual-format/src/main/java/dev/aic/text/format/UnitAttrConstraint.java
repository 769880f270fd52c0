package dev.aic.text.format;

import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.UnitAttr;
import dev.aic.ir.sig.AttrConstraint;

/**
 * The constraint of a unit attribute ({@code UnitAttr}/{@code UnitProp}): present or absent. An
 * optional group anchored on one prints as its literals alone and is parsed by their presence:
 * {@code (`constant` $constant^)?} prints {@code constant}.
 */
public final class UnitAttrConstraint implements AttrConstraint {
  /** The constraint. */
  public static final UnitAttrConstraint INSTANCE = new UnitAttrConstraint();

  private UnitAttrConstraint() {}

  @Override
  public boolean accepts(Attribute attribute) {
    return attribute instanceof UnitAttr;
  }

  @Override
  public String summary() {
    return "unit attribute";
  }
}
