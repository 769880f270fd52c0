package dev.aic.ir.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.attr.ArrayAttr;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.SymbolRefAttr;
import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Symbol tables: lookup, uniquing insertion, removal, renaming and nested resolution. */
class SymbolTableTest {
  private final Context context = TestDialect.newContext();
  private final TestIr ir = new TestIr(context);

  // ---- helpers --------------------------------------------------------------------------------

  /** A detached {@code test.func @name} with one empty block. */
  private Operation func(String name) {
    Operation func = ir.op("test.func", List.of(), List.of(), 1);
    func.setProperty(SymbolTable.SYMBOL_NAME, new StringAttr(name));
    ir.block(func.region(0));
    return func;
  }

  /** Appends {@code test.func @name} to {@code table}. */
  private Operation addFunc(Operation table, String name) {
    Operation func = func(name);
    body(table).append(func);
    return func;
  }

  /**
   * Appends a {@code test.module} named {@code name} (a discardable attribute) to {@code table}.
   */
  private Operation addModule(Operation table, String name) {
    Operation module = ir.module();
    module.setAttribute(SymbolTable.SYMBOL_NAME, new StringAttr(name));
    body(table).append(module);
    return module;
  }

  /** Appends a {@code test.op} carrying {@code attr} as the discardable attribute {@code key}. */
  private Operation addUser(Block block, String key, Attribute attr) {
    Operation user = ir.append(block, "test.op", List.of(), List.of());
    user.setAttribute(key, attr);
    return user;
  }

  private static Block body(Operation op) {
    return op.region(0).firstBlock();
  }

  private static SymbolRefAttr ref(String root, String... nested) {
    return new SymbolRefAttr(root, List.of(nested));
  }

  // ---- lookup, insert, remove -----------------------------------------------------------------

  @Test
  void lookupFindsTheSymbolsDefinedDirectlyInTheTable() {
    Operation module = ir.module();
    Operation f = addFunc(module, "f");
    Operation g = addFunc(module, "g");
    Operation inner = addModule(module, "inner");
    addFunc(inner, "deep");
    ir.append(body(module), "test.op", List.of(), List.of());

    SymbolTable table = new SymbolTable(module);
    assertSame(module, table.op());
    assertEquals(Optional.of(f), table.lookup("f"));
    assertEquals(Optional.of(g), table.lookup("g"));
    assertEquals(Optional.of(inner), table.lookup("inner"));
    assertEquals(Optional.empty(), table.lookup("deep"), "nested symbols are not direct");
    assertEquals(Optional.empty(), table.lookup("missing"));
    assertEquals(Optional.of(g), SymbolTable.lookupIn(module, "g"));
    assertEquals(Optional.empty(), SymbolTable.lookupIn(module, "deep"));
  }

  @Test
  void aRegisteredOpThatIsNotASymbolTableIsRejected() {
    Operation func = func("f");
    assertThrows(IllegalArgumentException.class, () -> new SymbolTable(func));
  }

  @Test
  void insertKeepsNamesUniqueBySuffixing() {
    Operation module = ir.module();
    Operation existing = addFunc(module, "f");
    addFunc(module, "f_0");
    SymbolTable table = new SymbolTable(module);

    Operation second = func("f");
    assertEquals("f_1", table.insert(second), "f and f_0 are taken");
    assertEquals("f_1", SymbolTable.symbolName(second));
    Operation third = func("f");
    assertEquals("f_2", table.insert(third));
    Operation fresh = func("g");
    assertEquals("g", table.insert(fresh), "a free name is kept");

    assertEquals(Optional.of(existing), table.lookup("f"));
    assertEquals(Optional.of(second), table.lookup("f_1"));
    assertEquals(Optional.of(third), table.lookup("f_2"));
    assertSame(body(module), second.parentBlock(), "a detached symbol is inserted");
    assertEquals(List.of("f", "f_0", "f_1", "f_2", "g"), names(body(module)));
    assertTrue(second.attributes().isEmpty(), "the inherent name stays inherent");
  }

  @Test
  void insertingASymbolAlreadyInTheBlockIndexesItWithoutMovingIt() {
    Operation module = ir.module();
    SymbolTable table = new SymbolTable(module);
    Operation f = addFunc(module, "f");
    Operation after = ir.append(body(module), "test.op", List.of(), List.of());

    assertEquals("f", table.insert(f));
    assertEquals("f", table.insert(f), "inserting twice is not a clash with itself");
    assertSame(f, body(module).firstOp());
    assertSame(after, f.next());
    assertEquals(Optional.of(f), table.lookup("f"));
  }

  @Test
  void removeUnlinksButKeepsTheOpAndEraseDropsIt() {
    Operation module = ir.module();
    Operation f = addFunc(module, "f");
    Operation g = addFunc(module, "g");
    SymbolTable table = new SymbolTable(module);

    table.remove(f);
    assertEquals(Optional.empty(), table.lookup("f"));
    assertNull(f.parentBlock());
    assertEquals(1, body(module).size());
    assertEquals("f", SymbolTable.symbolName(f), "a removed op keeps its name");
    assertEquals("f", table.insert(f), "and can come back under it");
    assertSame(f, body(module).lastOp());

    table.erase(g);
    assertEquals(Optional.empty(), table.lookup("g"));
    assertEquals(List.of("f"), names(body(module)));
    assertEquals("g", table.insert(func("g")), "an erased name is free again");
  }

  @Test
  void removingAnOpOfAnotherTableLeavesThisTableAlone() {
    Operation module = ir.module();
    Operation f = addFunc(module, "f");
    Operation other = ir.module();
    Operation otherF = addFunc(other, "f");
    SymbolTable table = new SymbolTable(module);

    table.remove(otherF);
    assertEquals(Optional.of(f), table.lookup("f"));
    assertSame(body(other), otherF.parentBlock());
  }

  // ---- rename ---------------------------------------------------------------------------------

  @Test
  void renameRewritesEveryReferenceInTheTableIncludingArraysAndDictionaries() {
    Operation module = ir.module();
    Operation f = addFunc(module, "f");
    addFunc(module, "g");
    Operation call = addUser(body(module), "callee", ref("f"));
    Operation array =
        addUser(
            body(module),
            "refs",
            new ArrayAttr(List.of(ref("f"), ref("g"), new ArrayAttr(List.of(ref("f"))))));
    Operation dict =
        addUser(
            body(module),
            "table",
            DictionaryAttr.of(
                List.of(
                    new NamedAttribute("inner", DictionaryAttr.of(List.of(named("x", ref("f"))))),
                    named("y", new StringAttr("f")))));
    Operation nestedRef = addUser(body(module), "path", ref("f", "inside"));
    nestedRef.setProperty("prop", ref("f"));
    // A recursive call inside f's own body.
    Operation recursive = addUser(body(f), "callee", ref("f"));
    SymbolTable table = new SymbolTable(module);

    table.rename(f, "h");

    assertEquals("h", SymbolTable.symbolName(f));
    assertEquals(Optional.of(f), table.lookup("h"));
    assertEquals(Optional.empty(), table.lookup("f"));
    assertEquals(Optional.of(ref("h")), call.attribute("callee"));
    assertEquals(
        Optional.of(new ArrayAttr(List.of(ref("h"), ref("g"), new ArrayAttr(List.of(ref("h")))))),
        array.attribute("refs"));
    assertEquals(
        Optional.of(
            DictionaryAttr.of(
                List.of(
                    new NamedAttribute("inner", DictionaryAttr.of(List.of(named("x", ref("h"))))),
                    named("y", new StringAttr("f"))))),
        dict.attribute("table"),
        "strings that spell the name are not references");
    assertEquals(Optional.of(ref("h", "inside")), nestedRef.attribute("path"));
    assertEquals(Optional.of(ref("h")), nestedRef.property("prop"));
    assertEquals(Optional.of(ref("h")), recursive.attribute("callee"));
    assertTrue(SymbolTable.isSymbolUnused("f", module));
  }

  @Test
  void renameToATakenNameFailsAndChangesNothing() {
    Operation module = ir.module();
    Operation f = addFunc(module, "f");
    Operation g = addFunc(module, "g");
    Operation call = addUser(body(module), "callee", ref("f"));
    SymbolTable table = new SymbolTable(module);

    assertThrows(IllegalArgumentException.class, () -> table.rename(f, "g"));
    assertEquals("f", SymbolTable.symbolName(f));
    assertEquals(Optional.of(ref("f")), call.attribute("callee"));
    assertEquals(Optional.of(f), table.lookup("f"));
    assertEquals(Optional.of(g), table.lookup("g"));
  }

  @Test
  void renameDoesNotEnterNestedTables() {
    Operation module = ir.module();
    Operation f = addFunc(module, "f");
    Operation inner = addModule(module, "inner");
    Operation innerUser = addUser(body(inner), "callee", ref("f"));
    Operation outerUser = addUser(body(module), "callee", ref("f"));

    new SymbolTable(module).rename(f, "h");

    // A nested table is its own scope: @f there never meant the outer @f, as in MLIR.
    assertEquals(Optional.of(ref("f")), innerUser.attribute("callee"));
    assertEquals(Optional.of(ref("h")), outerUser.attribute("callee"));
    assertEquals(Optional.of(f), SymbolTable.lookupNearestSymbolFrom(outerUser, ref("h")));
  }

  @Test
  void renameLeavesReferencesToAShadowingSymbolOfANestedTableAlone() {
    Operation module = ir.module();
    Operation f = addFunc(module, "f");
    Operation inner = addModule(module, "inner");
    Operation innerF = addFunc(inner, "f");
    Operation innerUser = addUser(body(inner), "callee", ref("f"));
    assertEquals(Optional.of(innerF), SymbolTable.lookupNearestSymbolFrom(innerUser, ref("f")));

    new SymbolTable(module).rename(f, "h");

    assertEquals(Optional.of(ref("f")), innerUser.attribute("callee"), "it refers to the inner @f");
    assertEquals(Optional.of(innerF), SymbolTable.lookupNearestSymbolFrom(innerUser, ref("f")));
  }

  // ---- nested references and nearest lookup ---------------------------------------------------

  @Test
  void nestedReferencesResolveThroughNestedModules() {
    Operation top = ir.module();
    Operation a = addModule(top, "a");
    Operation b = addModule(a, "b");
    Operation c = addFunc(b, "c");
    Operation d = addFunc(a, "d");
    addFunc(top, "leaf");

    assertEquals(Optional.of(a), SymbolTable.lookupIn(top, ref("a")));
    assertEquals(Optional.of(d), SymbolTable.lookupIn(top, ref("a", "d")));
    assertEquals(Optional.of(b), SymbolTable.lookupIn(top, ref("a", "b")));
    assertEquals(Optional.of(c), SymbolTable.lookupIn(top, ref("a", "b", "c")));
    assertEquals(Optional.empty(), SymbolTable.lookupIn(top, ref("a", "c")), "c is in b");
    assertEquals(Optional.empty(), SymbolTable.lookupIn(top, ref("a", "missing")));
    assertEquals(Optional.empty(), SymbolTable.lookupIn(top, ref("missing", "c")));
    assertEquals(
        Optional.empty(), SymbolTable.lookupIn(top, ref("leaf", "x")), "a func is not a table");
  }

  @Test
  void lookupNearestSymbolFromSearchesOnlyTheNearestTable() {
    Operation top = ir.module();
    Operation g = addFunc(top, "g");
    Operation outerF = addFunc(top, "f");
    Operation inner = addModule(top, "inner");
    Operation innerF = addFunc(inner, "f");
    Operation caller = addFunc(inner, "caller");
    Operation user = addUser(body(caller), "callee", ref("f"));

    assertSame(inner, SymbolTable.nearestSymbolTable(user), "the func is not a table");
    assertSame(inner, SymbolTable.nearestSymbolTable(inner), "a table is its own nearest");
    assertSame(top, SymbolTable.nearestSymbolTable(g));
    assertNull(SymbolTable.nearestSymbolTable(ir.op("test.op", List.of(), List.of(), 0)));
    assertEquals(Optional.of(innerF), SymbolTable.lookupNearestSymbolFrom(user, ref("f")));
    assertEquals(Optional.empty(), SymbolTable.lookupNearestSymbolFrom(user, ref("g")), "outer");
    assertEquals(Optional.of(g), SymbolTable.lookupNearestSymbolFrom(top, ref("g")));
    assertEquals(Optional.empty(), SymbolTable.lookupNearestSymbolFrom(user, ref("inner", "f")));
    assertEquals(Optional.of(innerF), SymbolTable.lookupNearestSymbolFrom(top, ref("inner", "f")));
    assertEquals(Optional.empty(), SymbolTable.lookupNearestSymbolFrom(user, ref("missing")));
    assertEquals(Optional.of(outerF), SymbolTable.lookupIn(top, ref("f")));
  }

  // ---- uses and visibility --------------------------------------------------------------------

  @Test
  void symbolUsesFindsNestedReferencesButNotTheScopesOwn() {
    Operation module = ir.module();
    module.setAttribute("self", ref("f"));
    Operation f = addFunc(module, "f");
    Operation direct = addUser(body(module), "callee", ref("f"));
    Operation inArray =
        addUser(body(module), "refs", new ArrayAttr(List.of(ref("g"), ref("f", "x"))));
    Operation inDict = addUser(body(module), "d", DictionaryAttr.of(List.of(named("k", ref("f")))));
    Operation inBody = addUser(body(f), "callee", ref("g"));

    List<SymbolUse> all = SymbolTable.symbolUses(module);
    assertEquals(5, all.size(), all.toString());
    assertTrue(all.contains(new SymbolUse(direct, ref("f"))));
    assertTrue(all.contains(new SymbolUse(inArray, ref("g"))));
    assertTrue(all.contains(new SymbolUse(inArray, ref("f", "x"))));
    assertTrue(all.contains(new SymbolUse(inDict, ref("f"))));
    assertTrue(all.contains(new SymbolUse(inBody, ref("g"))));

    List<SymbolUse> ofF = SymbolTable.symbolUses("f", module);
    assertEquals(3, ofF.size());
    assertEquals(
        Set.of(direct, inArray, inDict), Set.copyOf(ofF.stream().map(SymbolUse::user).toList()));
    assertFalse(SymbolTable.isSymbolUnused("g", module));
    assertTrue(SymbolTable.isSymbolUnused("x", module), "only roots count");
    assertEquals(List.of(new SymbolUse(inBody, ref("g"))), SymbolTable.symbolUses(f));
  }

  @Test
  void visibilityIsPublicUnlessTheAttributeSaysOtherwise() {
    Operation f = func("f");
    assertEquals(Visibility.PUBLIC, SymbolTable.visibility(f));
    f.setAttribute(SymbolTable.VISIBILITY, new StringAttr("private"));
    assertEquals(Visibility.PRIVATE, SymbolTable.visibility(f));
    f.setAttribute(SymbolTable.VISIBILITY, new StringAttr("nested"));
    assertEquals(Visibility.NESTED, SymbolTable.visibility(f));
    f.setProperty(SymbolTable.VISIBILITY, new StringAttr("private"));
    assertEquals(Visibility.PRIVATE, SymbolTable.visibility(f), "inherent wins");
    f.removeProperty(SymbolTable.VISIBILITY);
    f.setAttribute(SymbolTable.VISIBILITY, new StringAttr("bogus"));
    assertEquals(Visibility.PUBLIC, SymbolTable.visibility(f));
    f.setAttribute(SymbolTable.VISIBILITY, ref("private"));
    assertEquals(Visibility.PUBLIC, SymbolTable.visibility(f), "only strings count");

    assertEquals("nested", Visibility.NESTED.keyword());
    assertEquals(Optional.of(Visibility.PRIVATE), Visibility.parse("private"));
    assertEquals(Optional.empty(), Visibility.parse("PRIVATE"));
  }

  @Test
  void setSymbolNameKeepsTheNameWhereItWas() {
    Operation module = ir.module();
    Operation inner = addModule(module, "inner");
    Operation f = func("f");

    SymbolTable.setSymbolName(inner, "renamed");
    SymbolTable.setSymbolName(f, "g");

    assertEquals(Optional.of(new StringAttr("renamed")), inner.attribute(SymbolTable.SYMBOL_NAME));
    assertTrue(inner.properties().isEmpty());
    assertEquals(Optional.of(new StringAttr("g")), f.property(SymbolTable.SYMBOL_NAME));
    assertTrue(f.attributes().isEmpty());
  }

  // ---- small helpers --------------------------------------------------------------------------

  private static NamedAttribute named(String name, Attribute value) {
    return new NamedAttribute(name, value);
  }

  private static List<String> names(Block block) {
    return block.operationList().stream().map(SymbolTable::symbolName).toList();
  }
}
