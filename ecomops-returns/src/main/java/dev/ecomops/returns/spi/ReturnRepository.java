package dev.ecomops.returns.spi;

import dev.ecomops.core.RmaId;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.rma.Rma;
import java.util.List;
import java.util.Optional;

/**
 * Where RMAs are kept.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.returns.ReturnRepositoryContract}:
 *
 * <ol>
 *   <li><b>Conditional, atomic saves.</b> {@link #save} stores the RMA only if the stored version
 *       is {@code expectedVersion} (0: absent); of two concurrent saves against one version at most
 *       one succeeds.
 *   <li><b>Events with the state.</b> A save's events are written to {@link #outbox()} in the same
 *       atomic step, exactly when the save succeeds.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
 */
public interface ReturnRepository {

  /**
   * Stores an RMA if the stored version is {@code expectedVersion} (0 for a new one), with the
   * events the change causes.
   *
   * @param events written to the outbox with the RMA, in order
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(Rma rma, long expectedVersion, List<EventEnvelope> events);

  /**
   * {@link #save(Rma, long, List)} without events.
   *
   * @return false, storing nothing, when the stored version differs
   */
  default boolean save(Rma rma, long expectedVersion) {
    return save(rma, expectedVersion, List.of());
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the same instance on every call
   */
  Outbox outbox();

  /** An RMA by id. */
  Optional<Rma> find(RmaId id);

  /** Every RMA of an order, oldest first. */
  List<Rma> byOrder(dev.ecomops.core.order.OrderId orderId);
}
