package dev.aic.text.format;

import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;

/**
 * Implemented by an {@link dev.aic.ir.sig.AttrConstraint} whose attribute has a default value,
 * MLIR's {@code DefaultValuedAttr}/{@code DefaultValuedProp}: formats leave the value out when it
 * equals the default (in {@code attr-dict}, and as the anchor of an optional group), and the parser
 * fills the default in when the text leaves the attribute out.
 */
public interface DefaultValuedAttr {
  /** The default value. */
  Attribute defaultValue(Context context);
}
