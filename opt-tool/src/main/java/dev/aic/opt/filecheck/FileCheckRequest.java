package dev.aic.opt.filecheck;

import java.util.List;

/**
 * What a FileCheck run is asked to do, as LLVM's {@code FileCheckRequest}.
 *
 * @param checkPrefixes the directive prefixes, empty for the default {@code CHECK}
 * @param commentPrefixes the comment prefixes, empty for the default {@code COM}, {@code RUN}
 * @param implicitCheckNot patterns checked as {@code CHECK-NOT} between all positive matches
 * @param globalDefines {@code -D} definitions, {@code NAME=value} or {@code #NAME=expr}
 * @param allowEmptyInput whether an empty input is fine
 * @param allowUnusedPrefixes whether prefixes may be missing from the check file
 * @param matchFullLines whether positive matches must cover whole lines
 * @param strictWhitespace whether horizontal whitespace is compared exactly
 * @param ignoreCase whether matching ignores ASCII case
 * @param enableVarScope whether non-{@code $} variables are forgotten at each label
 * @param allowDeprecatedDagOverlap whether {@code CHECK-DAG} matches may overlap
 * @param verbose whether good matches are reported too ({@code -v})
 * @param veryVerbose whether internal detail is reported ({@code -vv})
 */
record FileCheckRequest(
    List<String> checkPrefixes,
    List<String> commentPrefixes,
    List<String> implicitCheckNot,
    List<String> globalDefines,
    boolean allowEmptyInput,
    boolean allowUnusedPrefixes,
    boolean matchFullLines,
    boolean strictWhitespace,
    boolean ignoreCase,
    boolean enableVarScope,
    boolean allowDeprecatedDagOverlap,
    boolean verbose,
    boolean veryVerbose) {}
