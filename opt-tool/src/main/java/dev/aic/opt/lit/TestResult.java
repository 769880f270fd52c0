package dev.aic.opt.lit;

/**
 * What running one test produced.
 *
 * @param code the outcome
 * @param output lit's result text: {@code Exit Code: N}, then the command trace, or the reason a
 *     test was not run
 */
public record TestResult(ResultCode code, String output) {}
