package dev.ecomops.testkit.allocation;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.Allocation;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.Shipment;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.spi.CommitRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The operations Lincheck explores for allocation: orders for 1 to 3 units of one SKU over two
 * locations holding 2 (A, priority 1) and 1 (B) units, all or nothing (policy reject, splits
 * allowed); cancelling an order; releasing the first shipment of an order; and what each location
 * can promise. Orders are named by slot so results do not depend on reservation ids.
 */
@Param(name = "slot", gen = IntGen.class, conf = "0:2")
@Param(name = "qty", gen = IntGen.class, conf = "1:3")
@Param(name = "loc", gen = IntGen.class, conf = "0:1")
public class AllocationScenario {
  private static final Sku SKU = Sku.of("TEE");
  private static final LocationId A = LocationId.of("A");
  private static final LocationId B = LocationId.of("B");

  private final StockKeeper keeper;
  private final Allocator allocator;

  public AllocationScenario() {
    InMemoryCatalog catalog = InMemoryCatalog.create()
        .add(Location.builder().id(A).name("a").country("US").position(GeoPoint.of(0, 0)).priority(1).build())
        .add(Location.builder().id(B).name("b").country("US").position(GeoPoint.of(1, 1)).priority(2).build())
        .add(Product.builder().sku(SKU).name("tee").build());
    AtomicLong ids = new AtomicLong();
    keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create())
        .clock(ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"))).ids(prefix -> prefix + ids.incrementAndGet()).build();
    keeper.receive(Receipt.builder().sku(SKU).location(A).quantity(2).idempotencyKey(IdempotencyKey.of("a")).build());
    keeper.receive(Receipt.builder().sku(SKU).location(B).quantity(1).idempotencyKey(IdempotencyKey.of("b")).build());
    allocator = Allocator.of(keeper, PriorityStrategy.create());
  }

  StockKeeper keeper() {
    return keeper;
  }

  static IdempotencyKey key(int slot) {
    return IdempotencyKey.of("order-" + slot);
  }

  /** Allocates order {@code slot}: its outcome and units per location, e.g. {@code ALLOCATED A2 B1}. */
  @Operation
  public String allocate(@Param(name = "slot") int slot, @Param(name = "qty") int qty) {
    Allocation a = allocator.allocate(AllocationRequest.builder().orderId("o" + slot).shipToCountry("US")
        .addLines(AllocationLine.of("l", SKU, qty)).policy(AllocationPolicy.defaults()
            .withWhenShort(AllocationPolicy.WhenShort.REJECT)).idempotencyKey(key(slot)).build());
    StringBuilder b = new StringBuilder(a.outcome().name());
    for (Shipment s : a.shipments()) {
      b.append(' ').append(s.location()).append(s.lines().get(0).quantity());
    }
    return b.toString();
  }

  /**
   * Cancels order {@code slot} as {@link Allocator#cancel} does (all its reservations in one
   * commit): units it has given back in all, or {@code none} if it holds nothing.
   */
  @Operation
  public String cancel(@Param(name = "slot") int slot) {
    Optional<CommitRecord> held = keeper.store().committed(key(slot));
    if (held.isEmpty()) {
      return "none";
    }
    long released = 0;
    for (Reservation r : keeper.releaseAll(held.get().reservations().stream().map(Reservation::id).toList())) {
      released += r.released();
    }
    return "cancelled " + released;
  }

  /** Releases the first shipment of order {@code slot}: its status after, or {@code none}. */
  @Operation
  public String release(@Param(name = "slot") int slot) {
    Optional<CommitRecord> held = keeper.store().committed(key(slot));
    if (held.isEmpty()) {
      return "none";
    }
    Reservation first = held.get().reservations().get(0);
    Reservation after = keeper.release(first.id());
    return first.location() + " " + after.status();
  }

  /**
   * What one location (0: A, 1: B) can promise. One key per call: two separate reads are no
   * snapshot, so a call reading both would not be linearizable whatever the store did.
   */
  @Operation
  public long available(@Param(name = "loc") int loc) {
    return keeper.available(StockKey.of(SKU, loc == 0 ? A : B));
  }
}
