/** What a host supplies to allocation: a shipping cost estimate for the lowest-cost strategy. */
@NullMarked
package dev.ecomops.core.allocation.spi;

import org.jspecify.annotations.NullMarked;
