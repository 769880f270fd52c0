/**
 * The command-line tools (DESIGN.md §10): {@code aic-opt}, {@code aic-translate}, {@code aic-run}
 * and the in-process lit runner behind {@code bin/aic-lit}.
 *
 * <p>This module is filled by a later issue; it builds empty until then.
 */
package dev.aic.opt;
