package dev.ecomops.fulfillment.spi;

import java.util.List;

/**
 * A third-party logistics provider (3PL), as the host connects it: the library never calls a
 * network itself. {@code SimulatedProvider} shows the expected behaviour.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.fulfillment.FulfillmentProviderContract}:
 *
 * <ol>
 *   <li><b>Idempotent hand-over.</b> {@link #submit} of an order already submitted returns the
 *       first reference and ships it once, also when several threads submit it at once.
 *   <li><b>Cancel before shipping only.</b> A cancelled order never ships; a shipped one cannot be
 *       cancelled ({@link #cancel} is false); an unknown reference is not cancelled (false).
 *   <li><b>Each confirmation once.</b> {@link #poll} returns each shipment confirmation in one
 *       call only, oldest first, with a tracking number and the units shipped.
 *   <li><b>Failures are the caller's to retry.</b> Any call may throw or time out, as the
 *       provider's client does; rule 1 makes a retried submit safe.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
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
