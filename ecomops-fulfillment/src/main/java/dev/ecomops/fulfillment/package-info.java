/**
 * Fulfillment: warehouse layout, pick lists, batch, zone and wave picking, picker routing, cartonization, quality control and the 3PL provider SPI. Filled by the fulfillment issue; depends on {@code ecomops-core} only.
 */
@NullMarked
package dev.ecomops.fulfillment;

import org.jspecify.annotations.NullMarked;
