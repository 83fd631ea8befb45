/** Demand series on regular periods: building from observations, aggregation, outliers, stockout censoring, classification. */
@NullMarked
package dev.ecomops.forecasting.series;

import org.jspecify.annotations.NullMarked;
