/**
 * Command lines with LLVM's {@code cl} conventions: options are declared once in an {@link
 * dev.aic.opt.cl.OptionTable}, from which both parsing and {@code --help} are derived.
 */
package dev.aic.opt.cl;
