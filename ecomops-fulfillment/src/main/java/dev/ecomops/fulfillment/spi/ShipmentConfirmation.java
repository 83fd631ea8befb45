package dev.ecomops.fulfillment.spi;

import dev.ecomops.core.order.OrderId;
import java.time.Instant;

/**
 * A provider's word that it shipped an order.
 *
 * @param reference the provider's reference for the order
 * @param orderId our order
 * @param carrier the carrier it went with
 * @param trackingNumber the carrier's tracking number
 * @param units units shipped
 * @param shippedAt when
 */
public record ShipmentConfirmation(String reference, OrderId orderId, String carrier, String trackingNumber, long units,
    Instant shippedAt) {}
