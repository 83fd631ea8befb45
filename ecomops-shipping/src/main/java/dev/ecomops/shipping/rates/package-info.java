/** A table-rate carrier configured from data files: zones, weight breaks, divisors, surcharges. */
@NullMarked
package dev.ecomops.shipping.rates;

import org.jspecify.annotations.NullMarked;
