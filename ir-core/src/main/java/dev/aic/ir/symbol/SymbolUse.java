package dev.aic.ir.symbol;

import dev.aic.ir.Operation;
import dev.aic.ir.attr.SymbolRefAttr;

/**
 * One reference to a symbol: the op whose attributes hold it, and the reference.
 *
 * @param user the op holding the reference
 * @param reference the reference
 */
public record SymbolUse(Operation user, SymbolRefAttr reference) {}
