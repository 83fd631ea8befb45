/** What a host supplies to orders: where orders are kept. */
@NullMarked
package dev.ecomops.core.order.spi;

import org.jspecify.annotations.NullMarked;
