/**
 * Orders: the order aggregate with its line and order state machines, edits before release, holds,
 * and the {@link dev.ecomops.core.order.OrderManager} that drives them, holding stock through
 * {@link dev.ecomops.core.allocation.Allocator} and publishing an event for every transition.
 */
@EcomopsStyle
@NullMarked
package dev.ecomops.core.order;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
