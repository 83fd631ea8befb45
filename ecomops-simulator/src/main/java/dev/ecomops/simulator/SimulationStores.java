package dev.ecomops.simulator;

import dev.ecomops.core.memory.InMemoryCountRepository;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.InMemoryOrderRepository;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.spi.CountRepository;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.returns.memory.InMemoryRefundLedger;
import dev.ecomops.returns.memory.InMemoryReturnRepository;
import dev.ecomops.returns.memory.InMemoryTicketRepository;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.returns.spi.ReturnRepository;
import dev.ecomops.returns.spi.TicketRepository;
import dev.ecomops.shipping.memory.InMemoryTrackingRepository;
import dev.ecomops.shipping.spi.TrackingRepository;
import dev.ecomops.supply.memory.InMemoryPurchaseOrderRepository;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a simulation keeps its state: one store per SPI the services it hosts need, each asked for
 * once per run, empty. The default is in memory; a host passes its own (PostgreSQL, say) to run
 * the same simulation on them, which for the same seed gives the same results.
 *
 * @param inventory the run's inventory store
 * @param purchaseOrders its purchase-order repository
 * @param orders its order repository
 * @param returns its RMA repository
 * @param refunds its refund ledger
 * @param tickets its support-ticket repository
 * @param parcels its tracked parcels
 * @param counts its cycle counts
 */
public record SimulationStores(Supplier<InventoryStore> inventory, Supplier<PurchaseOrderRepository> purchaseOrders,
    Supplier<OrderRepository> orders, Supplier<ReturnRepository> returns, Supplier<RefundLedger> refunds,
    Supplier<TicketRepository> tickets, Supplier<TrackingRepository> parcels, Supplier<CountRepository> counts) {
  /** Checks for nulls. */
  public SimulationStores {
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(purchaseOrders, "purchaseOrders");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(returns, "returns");
    Objects.requireNonNull(refunds, "refunds");
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(parcels, "parcels");
    Objects.requireNonNull(counts, "counts");
  }

  /** The embedded in-memory stores. */
  public static SimulationStores inMemory() {
    return new SimulationStores(() -> InMemoryInventoryStore.create(1 << 20), InMemoryPurchaseOrderRepository::new,
        InMemoryOrderRepository::create, InMemoryReturnRepository::new, InMemoryRefundLedger::new,
        InMemoryTicketRepository::new, InMemoryTrackingRepository::new, InMemoryCountRepository::new);
  }
}
