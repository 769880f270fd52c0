/** {@code split-file}: LLVM's utility that splits one test input into several files. */
package dev.aic.opt.splitfile;
