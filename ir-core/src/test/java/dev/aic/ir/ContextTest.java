package dev.aic.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.UnitAttr;
import dev.aic.ir.symbol.SymbolUserOpInterface;
import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestType;
import dev.aic.ir.trait.IsTerminator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContextTest {
  @Test
  void internReturnsTheFirstEqualInstance() {
    Context context = new Context();
    TestType a = context.intern(new TestType("a"));
    TestType again = context.intern(new TestType("a"));
    assertSame(a, again);
    assertFalse(a == context.intern(new TestType("b")));
  }

  @Test
  void internIsThreadSafe() {
    Context context = new Context();
    Set<TestType> winners = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 10_000)
        .parallel()
        .forEach(i -> winners.add(context.intern(new TestType("t" + (i % 7)))));
    assertEquals(7, winners.size());
    // Identity: each of the seven names resolved to one object.
    assertEquals(7, winners.stream().map(System::identityHashCode).distinct().count());
  }

  @Test
  void operationNamesAreInternedAndRegisteredLater() {
    Context context = new Context();
    OperationName early = context.operationName("test.terminator");
    assertFalse(early.isRegistered());
    context.loadDialect(new TestDialect());
    assertSame(early, context.operationName("test.terminator"));
    assertTrue(early.isRegistered());
    assertTrue(early.definition().orElseThrow().hasTrait(IsTerminator.class));
    assertEquals("test", early.dialectNamespace());
    assertTrue(context.registeredOperations().contains(early));
  }

  @Test
  void onlyRegisteredOperationsImplementInterfaces() {
    Context context = new Context();
    // A name used before its dialect loads stays unregistered, and implements nothing.
    context.operationName("test.call");
    assertFalse(context.anyOperationImplements(SymbolUserOpInterface.class));
    context.loadDialect(new TestDialect());
    assertTrue(context.anyOperationImplements(SymbolUserOpInterface.class));
    assertFalse(context.anyOperationImplements(Runnable.class));
  }

  @Test
  void registeringIntoAnUnloadedDialectIsAnError() {
    Context context = new Context();
    assertThrows(
        IllegalStateException.class,
        () -> context.registerOperation(OpDefinition.builder("nope.op").build()));
  }

  @Test
  void dictionariesAreSortedAndUnique() {
    DictionaryAttr d =
        DictionaryAttr.of(
            List.of(
                new NamedAttribute("b", new StringAttr("x")),
                new NamedAttribute("a", UnitAttr.INSTANCE),
                new NamedAttribute("-weird key", new StringAttr("\"q\""))));
    assertEquals("{\"-weird key\" = \"\\22q\\22\", a, b = \"x\"}", d.toString());
    assertEquals(new StringAttr("x"), d.get("b").orElseThrow());
    assertTrue(d.without("a").get("a").isEmpty());
    assertEquals(d, d.without("zz"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DictionaryAttr.of(
                List.of(
                    new NamedAttribute("a", UnitAttr.INSTANCE),
                    new NamedAttribute("a", UnitAttr.INSTANCE))));
  }
}
