/** Inventory policy: safety stock, reorder points and order quantities from forecasts and lead times. */
@NullMarked
package dev.ecomops.forecasting.replenishment;

import org.jspecify.annotations.NullMarked;
