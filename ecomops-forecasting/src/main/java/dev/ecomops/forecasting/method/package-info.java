/** Forecasting methods, each citing its source, with point forecasts and 95% prediction intervals. */
@NullMarked
package dev.ecomops.forecasting.method;

import org.jspecify.annotations.NullMarked;
