/**
 * Typed pass options: declared once with their help ({@link dev.aic.ir.pass.option.Option}), parsed
 * from and printed to MLIR's option text ({@code {a=1 b=true list=1,2,3 s="str"}}).
 */
package dev.aic.ir.pass.option;
