/** Where purchase orders are kept. */
@NullMarked
package dev.ecomops.core.supply.spi;

import org.jspecify.annotations.NullMarked;
