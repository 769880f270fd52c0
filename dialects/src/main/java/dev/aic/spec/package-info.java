/**
 * The dialect definition language (DESIGN.md §4): its grammar, the run-time loader that registers a
 * spec's ops without Java, and the JavaPoet generator of typed op views. The core dialects ({@code
 * func}, {@code arith}, {@code math}, {@code scf}, {@code cf}, {@code memref}, {@code vector},
 * {@code bufferization}) and the C and Java target emitters live beside it in {@code
 * dev.aic.dialect.*}.
 *
 * <p>This module is filled by a later issue; it builds empty until then.
 */
package dev.aic.spec;
