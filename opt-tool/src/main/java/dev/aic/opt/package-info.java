/**
 * {@code aic-opt}, the {@code mlir-opt} of aic (DESIGN.md §10): {@link dev.aic.opt.AicOpt} reads
 * its command line ({@code cl}), runs {@link dev.aic.text.SourceProcessor} over the input with the
 * pass pipeline, and prints IR or JSON. Sibling packages hold the other tools: {@code filecheck},
 * {@code splitfile} and the in-process lit runner {@code lit}; {@code tool} is their shared
 * contract with launchers and the runner.
 */
package dev.aic.opt;
