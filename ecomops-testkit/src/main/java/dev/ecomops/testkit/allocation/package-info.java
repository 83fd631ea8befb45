/** The contract kit of the allocation SPI: shipping cost estimators. */
@NullMarked
package dev.ecomops.testkit.allocation;

import org.jspecify.annotations.NullMarked;
