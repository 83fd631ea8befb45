/** Forecast accuracy: the error measures, each defined once. */
@NullMarked
package dev.ecomops.forecasting.evaluation;

import org.jspecify.annotations.NullMarked;
