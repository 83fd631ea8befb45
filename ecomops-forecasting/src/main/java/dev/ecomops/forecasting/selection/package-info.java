/**
 * Automatic method selection: {@link dev.ecomops.forecasting.selection.Auto} picks a forecasting
 * method per series by its demand class and, optionally, by backtest among that class's candidates.
 * It sits above {@code method} (the candidates) and {@code evaluation} (the backtest).
 */
@NullMarked
package dev.ecomops.forecasting.selection;

import org.jspecify.annotations.NullMarked;
