package dev.ecomops.fulfillment.spi;

import java.util.List;

/**
 * A third-party logistics provider (3PL), as the host connects it: the library never calls a
 * network itself. Implementations must be thread safe. Contract checked by {@code
 * dev.ecomops.testkit.fulfillment.FulfillmentProviderContract}; {@code SimulatedProvider} shows the
 * expected behaviour.
 */
public interface FulfillmentProvider {

  /** The provider's name, as events report it. */
  String name();

  /**
   * Hands an order over. Idempotent by order: submitting an order again returns the reference
   * it got the first time and changes nothing.
   *
   * @return the provider's reference for the order
   * @throws RuntimeException as the provider's client does when it refuses or cannot be reached
   */
  String submit(FulfillmentRequest request);

  /**
   * Asks the provider to cancel an order.
   *
   * @return true if it is cancelled (or already was); false if it has shipped or the reference is unknown
   */
  boolean cancel(String reference);

  /** Shipment confirmations no earlier call returned, oldest first. */
  List<ShipmentConfirmation> poll();
}
