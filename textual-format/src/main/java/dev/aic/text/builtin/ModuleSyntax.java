package dev.aic.text.builtin;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.StringAttr;
import dev.aic.text.OpAsmParser;
import dev.aic.text.OpAsmPrinter;
import dev.aic.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The custom form of {@code builtin.module}, MLIR's {@code ($sym_name^)? attr-dict-with-keyword
 * $bodyRegion}: {@code module @name attributes {sym_visibility = "private", x.y} {...}}. The
 * visibility is a property but shows in the attribute dictionary, as in MLIR.
 */
final class ModuleSyntax implements OpSyntax {
  @Override
  public void print(Operation op, OpAsmPrinter p) {
    Optional<Attribute> name = op.property(ModuleOp.SYM_NAME);
    if (name.isPresent() && name.get() instanceof StringAttr s) {
      p.print(" ").printSymbolName(s.value());
    }
    List<NamedAttribute> shown = new ArrayList<>(op.attributes().entries());
    Optional<Attribute> visibility = op.property(ModuleOp.SYM_VISIBILITY);
    if (visibility.isPresent()) {
      shown.add(new NamedAttribute(ModuleOp.SYM_VISIBILITY, visibility.get()));
    }
    p.printOptionalAttrDictWithKeyword(DictionaryAttr.of(shown), Set.of(ModuleOp.SYM_NAME));
    p.print(" ").printRegion(op.region(0), true, true, false);
  }

  @Override
  public void parse(OpAsmParser p, OperationState state) {
    Optional<String> name = p.parseOptionalSymbolName();
    if (name.isPresent()) {
      state.addProperty(ModuleOp.SYM_NAME, new StringAttr(name.get()));
    }
    if (p.parseOptionalKeyword("attributes")) {
      var location = p.currentLocation();
      if (!(p.parseAttribute() instanceof DictionaryAttr dictionary)) {
        throw p.emitError(location, "expected attribute dictionary");
      }
      for (NamedAttribute entry : dictionary.entries()) {
        if (entry.name().equals(ModuleOp.SYM_VISIBILITY)) {
          state.addProperty(entry.name(), entry.value());
        } else {
          state.addAttribute(entry.name(), entry.value());
        }
      }
    }
    Region body = new Region();
    p.parseRegion(body, List.of(), false);
    if (body.isEmpty()) {
      body.append(new Block());
    }
    state.addRegion(body);
  }

  @Override
  public String defaultDialect() {
    return "builtin";
  }
}
