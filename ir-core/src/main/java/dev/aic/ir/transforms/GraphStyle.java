package dev.aic.ir.transforms;

/**
 * What {@code view-op-graph} draws: its options, read once per run.
 *
 * @param maxLabelLen attribute and type texts longer than this are cut and end in {@code ...}
 * @param attributes list each op's attributes in its label
 * @param controlFlowEdges draw dashed edges between consecutive ops of a block
 * @param dataFlowEdges draw solid edges from each value to its uses
 * @param resultTypes show the types of results and block arguments
 */
record GraphStyle(
    long maxLabelLen,
    boolean attributes,
    boolean controlFlowEdges,
    boolean dataFlowEdges,
    boolean resultTypes) {}
