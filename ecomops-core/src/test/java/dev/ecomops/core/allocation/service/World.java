package dev.ecomops.core.allocation.service;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.AllocationLine;
import dev.ecomops.core.allocation.AllocationRequest;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.catalog.LocationCapability;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.SequentialIdGenerator;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Four US/Canadian locations and three SKUs for allocation tests. NYC has priority 1, LAX 2, CHI 3
 * (same-day capable), YYZ 4 (Canada, ships internationally).
 */
final class World {
  static final LocationId NYC = LocationId.of("NYC");
  static final LocationId LAX = LocationId.of("LAX");
  static final LocationId CHI = LocationId.of("CHI");
  static final LocationId YYZ = LocationId.of("YYZ");
  static final GeoPoint NEW_YORK = GeoPoint.of(40.71, -74.01);
  static final GeoPoint LOS_ANGELES = GeoPoint.of(34.05, -118.24);
  static final GeoPoint CHICAGO = GeoPoint.of(41.88, -87.63);
  static final GeoPoint TORONTO = GeoPoint.of(43.65, -79.38);
  static final Sku X = Sku.of("X");
  static final Sku Y = Sku.of("Y");
  static final Sku Z = Sku.of("Z");

  final InMemoryCatalog catalog = InMemoryCatalog.create()
      .add(Location.builder().id(NYC).name("New York").country("US").position(NEW_YORK).priority(1).build())
      .add(Location.builder().id(LAX).name("Los Angeles").country("US").position(LOS_ANGELES).priority(2).build())
      .add(Location.builder().id(CHI).name("Chicago").country("US").position(CHICAGO).priority(3)
          .addCapabilities(LocationCapability.SAME_DAY).build())
      .add(Location.builder().id(YYZ).name("Toronto").country("CA").position(TORONTO).priority(4)
          .addCapabilities(LocationCapability.SHIPS_INTERNATIONAL).build())
      .add(Product.builder().sku(X).name("x").build())
      .add(Product.builder().sku(Y).name("y").build())
      .add(Product.builder().sku(Z).name("z").build());
  final StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create())
      .clock(ManualClock.at(Instant.parse("2026-11-26T10:00:00Z"))).ids(SequentialIdGenerator.create()).build();
  private final AtomicLong keys = new AtomicLong();

  World stock(Sku sku, LocationId at, long units) {
    keeper.receive(Receipt.builder().sku(sku).location(at).quantity(units).idempotencyKey(key()).build());
    return this;
  }

  IdempotencyKey key() {
    return IdempotencyKey.of("w" + keys.incrementAndGet());
  }

  long available(Sku sku, LocationId at) {
    return keeper.available(StockKey.of(sku, at));
  }

  long reserved(Sku sku, LocationId at) {
    return keeper.balance(StockKey.of(sku, at)).reserved();
  }

  /** A request to the US (at {@code to}) with lines l1, l2, ... from (SKU, quantity) pairs, keyed {@code alloc-id}. */
  AllocationRequest.Builder order(String id, GeoPoint to, Object... skuAndQuantity) {
    return order("US", IdempotencyKey.of("alloc-" + id), id, to, skuAndQuantity);
  }

  /** The same to another country and with another key. */
  AllocationRequest.Builder order(String country, IdempotencyKey key, String id, GeoPoint to, Object... skuAndQuantity) {
    AllocationRequest.Builder b = AllocationRequest.builder().orderId(id).shipToCountry(country).shipTo(to)
        .idempotencyKey(key);
    for (int i = 0; i < skuAndQuantity.length; i += 2) {
      b.addLines(AllocationLine.of("l" + (i / 2 + 1), (Sku) skuAndQuantity[i], ((Number) skuAndQuantity[i + 1]).longValue()));
    }
    return b;
  }
}
