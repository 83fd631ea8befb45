package dev.ecomops.fulfillment.spi;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.Outbox;
import java.util.List;
import java.util.Optional;

/**
 * Where 3PL hand-overs are kept (the provider's reference per order, cancels, shipment
 * confirmations recorded), so a restart can still cancel an order and never records a
 * confirmation twice.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.fulfillment.HandoverRepositoryContract}:
 *
 * <ol>
 *   <li><b>Conditional, atomic saves.</b> {@link #save} stores the hand-over only if the stored
 *       version is {@code expectedVersion} (0: absent); of two concurrent saves against one version
 *       at most one succeeds. Reads return it as saved.
 *   <li><b>Events with the state.</b> A save's events are written to {@link #outbox()} in the same
 *       atomic step, exactly when the save succeeds.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
 */
public interface HandoverRepository {

  /**
   * Stores a hand-over if the stored version is {@code expectedVersion} (0 for a new one), with
   * the events the change causes.
   *
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(Handover handover, long expectedVersion, List<EventEnvelope> events);

  /** The hand-over of an order. */
  Optional<Handover> find(OrderId orderId);

  /**
   * The outbox this repository writes its events to.
   *
   * @return the same instance on every call
   */
  Outbox outbox();
}
