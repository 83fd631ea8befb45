package dev.ecomops.returns.spi;

import dev.ecomops.returns.rma.Rma;
import java.util.List;
import java.util.Optional;

/**
 * Where RMAs are kept. Implementations must be thread safe and apply {@link #save} atomically.
 */
public interface ReturnRepository {

  /**
   * Stores an RMA if the stored version is {@code expectedVersion} (0 for a new one).
   *
   * @return false, storing nothing, when the stored version differs
   */
  boolean save(Rma rma, long expectedVersion);

  /** An RMA by id. */
  Optional<Rma> find(String id);

  /** Every RMA of an order, oldest first. */
  List<Rma> byOrder(dev.ecomops.core.order.OrderId orderId);
}
