/**
 * The declarative assembly-format engine: MLIR's ODS {@code assemblyFormat} compiled at run time
 * into an {@link dev.aic.text.OpSyntax}. {@link dev.aic.text.format.AssemblyFormat} compiles
 * formats; {@link dev.aic.text.format.CustomDirective} implements {@code custom<...>} directives;
 * attribute constraints give their own syntax through {@link dev.aic.text.format.AttrFormat}, a
 * default value through {@link dev.aic.text.format.DefaultValuedAttr}.
 */
package dev.aic.text.format;
