/**
 * The order service: {@link dev.ecomops.core.order.service.OrderManager} drives orders through
 * their states, edits before release and holds, holds stock through the allocator and publishes an
 * event for every transition, in the same write as the change.
 */
@NullMarked
package dev.ecomops.core.order.service;

import org.jspecify.annotations.NullMarked;
