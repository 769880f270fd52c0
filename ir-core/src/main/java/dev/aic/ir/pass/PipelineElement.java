package dev.aic.ir.pass;

import java.util.List;

/**
 * One parsed item of pipeline text: a pass or pipeline name with optional {@code {options}}, or an
 * op name with a nested {@code (pipeline)}.
 *
 * @param name the pass, pipeline or op name
 * @param offset where the name starts in the text
 * @param options the text between the braces, or {@code null} without braces
 * @param optionsOffset where the options text starts, or -1
 * @param nested the nested elements, or {@code null} when there are no parentheses
 */
record PipelineElement(
    String name, int offset, String options, int optionsOffset, List<PipelineElement> nested) {}
