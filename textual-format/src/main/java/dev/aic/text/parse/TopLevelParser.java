package dev.aic.text.parse;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.ResourceTable;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.BoolAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.type.Type;
import dev.aic.text.lex.MlirLexer;

/**
 * Parses a whole source: attribute and type alias definitions, the resource section, and the
 * top-level operations, which go into an implicit {@code builtin.module} unless the source is one
 * module op, as MLIR does.
 */
public final class TopLevelParser {
  private final ParserState state;
  private final OperationParser ops;

  /** A parser over {@code state}. */
  public TopLevelParser(ParserState state) {
    this.state = state;
    this.ops = new OperationParser(state);
  }

  /**
   * Parses everything up to the end of the source.
   *
   * @return the module; on error a diagnostic was emitted and {@link dev.aic.text.ParseException}
   *     thrown
   */
  public Operation parse() {
    Operation module =
        Operation.create(
            new OperationState(
                    state.context(),
                    new FileLineColLoc(state.source().name(), 0, 0),
                    "builtin.module")
                .addRegion());
    Block body = new Block();
    module.region(0).append(body);
    ops.values.push(true);
    ops.blocks.push();
    try {
      while (!state.at(TokenCursor.EOF)) {
        Token token = state.tokens().peek();
        boolean definesAlias = state.tokens().peekKind(1) == MlirLexer.EQUAL;
        if (token.kind() == MlirLexer.HASH_ID && definesAlias) {
          parseAttributeAlias();
        } else if (token.kind() == MlirLexer.EXCLAMATION_ID && definesAlias) {
          parseTypeAlias();
        } else if (token.kind() == MlirLexer.FILE_METADATA_BEGIN) {
          parseFileMetadata();
        } else {
          ops.parseOperation(body);
        }
      }
      ops.blocks.pop();
      ops.values.pop(true);
      ops.resolveDeferredLocations();
    } catch (RuntimeException | StackOverflowError e) {
      ops.values.abandon();
      throw e;
    }
    Operation only = body.firstOp();
    if (only != null && only == body.lastOp() && only.name().name().equals("builtin.module")) {
      only.remove();
      return only;
    }
    return module;
  }

  private void parseAttributeAlias() {
    Token name = state.tokens().next();
    state.tokens().skip();
    String alias = state.textAfterSigil(name);
    if (state.attributeAliases().containsKey(alias)) {
      throw state.error(name, "redefinition of attribute alias id '" + alias + "'");
    }
    Attribute value = ops.attrs.parseAttribute(null);
    state.attributeAliases().put(alias, value);
  }

  private void parseTypeAlias() {
    Token name = state.tokens().next();
    state.tokens().skip();
    String alias = state.textAfterSigil(name);
    if (state.typeAliases().containsKey(alias)) {
      throw state.error(name, "redefinition of type alias id '" + alias + "'");
    }
    Type value = ops.attrs.parseType();
    state.typeAliases().put(alias, value);
  }

  /** {@code {-# dialect_resources: {group: {key: value}}, external_resources: {...} #-}}. */
  private void parseFileMetadata() {
    state.tokens().skip();
    ResourceTable resources = state.context().resources();
    while (!state.consumeIf(MlirLexer.FILE_METADATA_END)) {
      Token section =
          state.expectToken(MlirLexer.BARE_ID, "identifier key in file metadata dictionary");
      String sectionName = state.text(section);
      if (!sectionName.equals(ResourceTable.DIALECT_RESOURCES)
          && !sectionName.equals(ResourceTable.EXTERNAL_RESOURCES)) {
        throw state.error(section, "unknown key '" + sectionName + "' in file metadata dictionary");
      }
      state.expect(MlirLexer.COLON);
      state.expect(MlirLexer.LBRACE);
      while (!state.consumeIf(MlirLexer.RBRACE)) {
        String group = parseKey("resource group");
        state.expect(MlirLexer.COLON);
        state.expect(MlirLexer.LBRACE);
        while (!state.consumeIf(MlirLexer.RBRACE)) {
          String key = parseKey("resource handle name");
          state.expect(MlirLexer.COLON);
          resources.put(sectionName, group, key, parseResourceValue(key));
          if (!state.at(MlirLexer.RBRACE)) {
            state.expect(MlirLexer.COMMA);
          }
        }
        if (!state.at(MlirLexer.RBRACE)) {
          state.expect(MlirLexer.COMMA);
        }
      }
      if (!state.at(MlirLexer.FILE_METADATA_END)) {
        state.expect(MlirLexer.COMMA);
      }
    }
  }

  private String parseKey(String what) {
    if (state.at(MlirLexer.STRING)) {
      return Strings.decode(state, state.tokens().next());
    }
    return state.text(state.expectToken(MlirLexer.BARE_ID, what));
  }

  private Attribute parseResourceValue(String key) {
    if (state.at(MlirLexer.STRING)) {
      return new StringAttr(Strings.decode(state, state.tokens().next()));
    }
    if (state.atKeyword("true") || state.atKeyword("false")) {
      return BoolAttr.get(state.context(), state.text(state.tokens().next()).equals("true"));
    }
    throw state.errorExpected("string or boolean value for key '" + key + "'");
  }
}
