/**
 * Allocation (sourcing): deciding which locations ship which order lines, and holding the stock
 * for that decision atomically. An {@code Allocator} filters the
 * catalog's locations for a request, snapshots what each can promise, asks an {@link
 * dev.ecomops.core.allocation.AllocationStrategy} for a plan, applies the request's {@link
 * dev.ecomops.core.allocation.AllocationPolicy}, and reserves every line of the plan in one
 * commit through {@code StockKeeper.reserveAll}. Every plan explains
 * itself: each shipment names the rule that chose its location and the scores of the
 * alternatives.
 */
@EcomopsStyle
@NullMarked
package dev.ecomops.core.allocation;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
