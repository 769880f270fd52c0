/**
 * The textual format of MLIR 22 (DESIGN.md §3): an ANTLR 4 lexer, a recursive-descent parser over
 * its tokens, the printer with alias generation, the {@code OpAsmParser}/{@code OpAsmPrinter}
 * implementations, the declarative assembly-format engine, {@code --split-input-file} and {@code
 * --verify-diagnostics}.
 *
 * <p>This module is filled by a later issue; it builds empty until then.
 */
package dev.aic.text;
