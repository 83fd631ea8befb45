package dev.ecomops.fulfillment.spi;

import dev.ecomops.core.order.OrderId;
import java.util.List;
import java.util.Objects;

/**
 * An order handed to a 3PL, as {@code ProviderFulfillment} records it in a {@link
 * HandoverRepository}.
 *
 * @param orderId the order
 * @param version 1 when first recorded, one more after each change
 * @param provider the provider's name
 * @param reference the provider's reference for the order; empty when a shipment confirmation
 *     arrived for an order not handed over through this service
 * @param cancelled whether the provider confirmed a cancel
 * @param shipped the tracking numbers of the shipment confirmations recorded, in arrival order
 */
public record Handover(OrderId orderId, long version, String provider, String reference, boolean cancelled,
    List<String> shipped) {

  /** Copies the list. */
  public Handover {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(reference, "reference");
    shipped = List.copyOf(shipped);
  }
}
