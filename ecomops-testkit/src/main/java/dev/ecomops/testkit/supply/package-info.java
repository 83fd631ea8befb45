/** The contract kit of the purchase-order repository SPI. */
@NullMarked
package dev.ecomops.testkit.supply;

import org.jspecify.annotations.NullMarked;
