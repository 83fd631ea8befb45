package dev.ecomops.simulator;

import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.InMemoryPurchaseOrderRepository;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.core.supply.spi.PurchaseOrderRepository;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a simulation keeps its state: the stores it asks for once per run, empty. The default is
 * in memory; a host passes its own (PostgreSQL, say) to run the same simulation on them, which for
 * the same seed gives the same results.
 *
 * @param inventory makes the run's empty inventory store
 * @param purchaseOrders makes the run's empty purchase-order repository
 */
public record SimulationStores(Supplier<InventoryStore> inventory, Supplier<PurchaseOrderRepository> purchaseOrders) {
  /** Checks for nulls. */
  public SimulationStores {
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(purchaseOrders, "purchaseOrders");
  }

  /** The embedded in-memory stores. */
  public static SimulationStores inMemory() {
    return new SimulationStores(() -> InMemoryInventoryStore.create(1 << 20), InMemoryPurchaseOrderRepository::new);
  }
}
