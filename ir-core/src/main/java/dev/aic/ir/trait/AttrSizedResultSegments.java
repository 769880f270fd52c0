package dev.aic.ir.trait;

import dev.aic.ir.OpResult;
import dev.aic.ir.Operation;
import java.util.List;

/** The op's results form groups whose sizes its {@code resultSegmentSizes} attribute gives. */
public final class AttrSizedResultSegments extends ValueSegments {
  /** The trait. */
  public static final AttrSizedResultSegments INSTANCE = new AttrSizedResultSegments();

  /** The attribute that holds the sizes. */
  public static final String ATTRIBUTE = "resultSegmentSizes";

  private AttrSizedResultSegments() {
    super(ATTRIBUTE, "result");
  }

  @Override
  int count(Operation op) {
    return op.numResults();
  }

  /** The results of group {@code segment} of {@code op}, which must have valid sizes. */
  public static List<OpResult> segment(Operation op, int segment) {
    int start = INSTANCE.start(op, segment);
    return op.results().subList(start, start + INSTANCE.size(op, segment));
  }
}
