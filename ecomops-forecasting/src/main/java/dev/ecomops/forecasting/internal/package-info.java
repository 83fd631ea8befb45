/** Numerical helpers of the forecasting methods; not API. */
@NullMarked
package dev.ecomops.forecasting.internal;

import org.jspecify.annotations.NullMarked;
