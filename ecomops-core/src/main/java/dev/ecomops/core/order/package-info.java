/**
 * Orders, as values: the order aggregate with its line and order state machines ({@link
 * dev.ecomops.core.order.LineStatus}, {@link dev.ecomops.core.order.OrderStatus}), holds, the
 * commands that place and ship it. These are what the order SPI stores and the order events carry.
 * The service that drives them, {@code OrderManager}, is in {@code dev.ecomops.core.order.service}.
 */
@EcomopsStyle
@NullMarked
package dev.ecomops.core.order;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
