package dev.ecomops.core.supply.spi;

import dev.ecomops.core.supply.PurchaseOrder;
import dev.ecomops.core.supply.UnexpectedReceipt;
import java.util.List;
import java.util.Optional;

/**
 * Where purchase orders, and receipts that matched none, are kept. Implementations must be thread
 * safe and apply each save atomically (compare-and-set on the version).
 */
public interface PurchaseOrderRepository {

  /**
   * Stores a purchase order if the stored version is {@code expectedVersion} (0 for a new one).
   *
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(PurchaseOrder po, long expectedVersion);

  /** A purchase order by id. */
  Optional<PurchaseOrder> find(String id);

  /** A supplier's purchase orders, by id. */
  List<PurchaseOrder> bySupplier(String supplier);

  /**
   * Stores an unexpected receipt if the stored version is {@code expectedVersion} (0 for a new one).
   *
   * @return false, storing nothing, when the stored version differs
   */
  boolean saveUnexpected(UnexpectedReceipt receipt, long expectedVersion);

  /** An unexpected receipt by id. */
  Optional<UnexpectedReceipt> findUnexpected(String id);

  /** Unexpected receipts still held (not resolved), by id. */
  List<UnexpectedReceipt> heldUnexpected();
}
