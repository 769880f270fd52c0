/**
 * The {@code builtin} dialect's operations ({@code builtin.module}, {@code
 * builtin.unrealized_conversion_cast}) with their custom syntax, and the {@link
 * dev.aic.text.builtin.ModuleOp} view.
 */
package dev.aic.text.builtin;
