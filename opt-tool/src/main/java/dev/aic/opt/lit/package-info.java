/**
 * aic's in-process runner for LLVM lit ShTests ({@code bin/aic-lit}, {@link
 * dev.aic.opt.lit.AicLit}): test discovery from {@code lit.cfg.py} ({@link
 * dev.aic.opt.lit.LitConfigReader}), directives ({@link dev.aic.opt.lit.TestScriptParser}),
 * substitutions ({@link dev.aic.opt.lit.ScriptExpander}), feature expressions ({@link
 * dev.aic.opt.lit.FeatureExpression}) and lit's internal shell ({@link
 * dev.aic.opt.lit.ShellParser}, {@code InternalShell}), which runs {@link dev.aic.opt.tool.Tool}s
 * in this JVM and other programs from {@code PATH}. See {@code docs/lit.md}.
 */
package dev.aic.opt.lit;
