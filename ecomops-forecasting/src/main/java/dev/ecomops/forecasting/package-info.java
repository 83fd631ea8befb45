/**
 * Demand forecasting and replenishment: demand series, forecasting methods, backtesting, safety stock, reorder points and replenishment suggestions. Filled by the forecasting issue; depends on {@code ecomops-core} only.
 */
@NullMarked
package dev.ecomops.forecasting;

import org.jspecify.annotations.NullMarked;
