package dev.aic.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.attr.UnitAttr;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.UnknownLoc;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Result types given as a list, then more: the op gets them all, in order, and no list changes; a
 * state reset for the next op carries nothing over.
 */
class OperationStateTest {
  private final Context context = new Context();

  private OperationState state() {
    return new OperationState(context, UnknownLoc.INSTANCE, "test.op");
  }

  @Test
  void typesAddedAfterAnImmutableListGoAfterIt() {
    Type i1 = IntegerType.get(context, 1);
    Type i8 = IntegerType.get(context, 8);
    Type i32 = IntegerType.get(context, 32);
    Operation op = Operation.create(state().addTypes(List.of(i1, i8)).addType(i32));
    assertEquals(List.of(i1, i8, i32), op.resultTypes());
  }

  @Test
  void aListGivenToAddTypesIsNotChangedByLaterAdditions() {
    Type i1 = IntegerType.get(context, 1);
    Type i8 = IntegerType.get(context, 8);
    List<Type> given = List.of(i1);
    OperationState state = state().addTypes(given).addTypes(List.of(i8));
    assertEquals(List.of(i1), given);
    assertEquals(List.of(i1, i8), Operation.create(state).resultTypes());
  }

  @Test
  void aMutableListGivenToAddTypesIsCopied() {
    Type i1 = IntegerType.get(context, 1);
    List<Type> given = new ArrayList<>(List.of(i1));
    OperationState state = state().addTypes(given);
    given.add(IntegerType.get(context, 8));
    assertEquals(List.of(i1), Operation.create(state).resultTypes());
  }

  @Test
  void aResetStateMakesTheNextOpAloneAndLeavesTheFirstAsItWas() {
    Type i1 = IntegerType.get(context, 1);
    Type i8 = IntegerType.get(context, 8);
    Operation producer = Operation.create(state().addTypes(List.of(i1, i8)));
    OperationState state =
        state()
            .addOperand(producer.result(0))
            .addOperand(producer.result(1))
            .addType(i8)
            .addRegion()
            .addAttribute("a", UnitAttr.INSTANCE);
    Operation first = Operation.create(state);
    Location here = new FileLineColLoc("f.mlir", 3, 4);
    Operation second =
        Operation.create(
            state.reset(here, context.operationName("test.other")).addOperand(producer.result(1)));
    assertEquals(List.of(producer.result(0), producer.result(1)), first.operands());
    assertEquals(List.of(i8), first.resultTypes());
    assertEquals(1, first.numRegions());
    assertEquals(Optional.of(UnitAttr.INSTANCE), first.attribute("a"));
    assertEquals("test.other", second.name().name());
    assertEquals(here, second.location());
    assertEquals(List.of(producer.result(1)), second.operands());
    assertEquals(List.of(), second.resultTypes());
    assertEquals(0, second.numRegions());
    assertEquals(Optional.empty(), second.attribute("a"));
  }
}
