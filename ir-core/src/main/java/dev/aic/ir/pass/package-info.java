/**
 * The pass manager: {@link dev.aic.ir.pass.Pass}es anchored on op names, nested {@link
 * dev.aic.ir.pass.OpPassManager}s, MLIR's textual pipeline syntax, the {@link
 * dev.aic.ir.pass.PassRegistry} fed by {@link java.util.ServiceLoader}, cached analyses,
 * instrumentation hooks, parallel execution over ops isolated from above and crash reproducers.
 */
package dev.aic.ir.pass;
