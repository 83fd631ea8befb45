/**
 * Shipping: the carrier SPI, table-rate carriers, billable weight, rate shopping, delivery promise, tracking, customs and last-mile routing. Filled by the shipping issue; depends on {@code ecomops-core} only.
 */
@NullMarked
package dev.ecomops.shipping;

import org.jspecify.annotations.NullMarked;
