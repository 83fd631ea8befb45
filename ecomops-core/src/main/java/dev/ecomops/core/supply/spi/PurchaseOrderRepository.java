package dev.ecomops.core.supply.spi;

import dev.ecomops.core.supply.PurchaseOrder;
import java.util.List;
import java.util.Optional;

/** Where purchase orders are kept. Implementations must be thread safe and apply {@link #save} atomically. */
public interface PurchaseOrderRepository {

  /**
   * Stores a purchase order if the stored version is {@code expectedVersion} (0 for a new one).
   *
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(PurchaseOrder po, long expectedVersion);

  /** A purchase order by id. */
  Optional<PurchaseOrder> find(String id);

  /** A supplier's purchase orders. */
  List<PurchaseOrder> bySupplier(String supplier);
}
