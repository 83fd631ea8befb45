/** Purchase orders: incoming stock from suppliers, from draft to received, visible as expected supply. */
@NullMarked
package dev.ecomops.core.supply;

import org.jspecify.annotations.NullMarked;
