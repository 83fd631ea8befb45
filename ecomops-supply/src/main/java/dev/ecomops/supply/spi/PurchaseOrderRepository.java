package dev.ecomops.supply.spi;

import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.purchase.UnexpectedReceipt;
import java.util.List;
import java.util.Optional;

/**
 * Where purchase orders, and receipts that matched none, are kept.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.supply.PurchaseOrderRepositoryContract}:
 *
 * <ol>
 *   <li><b>Conditional, atomic saves.</b> A save stores the value only if the stored version is
 *       {@code expectedVersion} (0: absent); of two concurrent saves against one version at most
 *       one succeeds.
 *   <li><b>Events with the state.</b> A save's events are written to {@link #outbox()} in the same
 *       atomic step, exactly when the save succeeds.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
 */
public interface PurchaseOrderRepository {

  /**
   * Stores a purchase order if the stored version is {@code expectedVersion} (0 for a new one),
   * with the events the change causes.
   *
   * @param events written to the outbox with the order, in order
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(PurchaseOrder po, long expectedVersion, List<EventEnvelope> events);

  /**
   * {@link #save(PurchaseOrder, long, List)} without events.
   *
   * @return false, storing nothing, when the stored version differs
   */
  default boolean save(PurchaseOrder po, long expectedVersion) {
    return save(po, expectedVersion, List.of());
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the same instance on every call
   */
  Outbox outbox();

  /** A purchase order by id. */
  Optional<PurchaseOrder> find(PurchaseOrderId id);

  /** A supplier's purchase orders, by id. */
  List<PurchaseOrder> bySupplier(String supplier);

  /**
   * Stores an unexpected receipt if the stored version is {@code expectedVersion} (0 for a new
   * one), with the events the change causes.
   *
   * @param events written to the outbox with the receipt, in order
   * @return false, storing nothing, when the stored version differs
   */
  boolean saveUnexpected(UnexpectedReceipt receipt, long expectedVersion, List<EventEnvelope> events);

  /**
   * {@link #saveUnexpected(UnexpectedReceipt, long, List)} without events.
   *
   * @return false, storing nothing, when the stored version differs
   */
  default boolean saveUnexpected(UnexpectedReceipt receipt, long expectedVersion) {
    return saveUnexpected(receipt, expectedVersion, List.of());
  }

  /** An unexpected receipt by id. */
  Optional<UnexpectedReceipt> findUnexpected(String id);

  /** Unexpected receipts still held (not resolved), by id. */
  List<UnexpectedReceipt> heldUnexpected();
}
