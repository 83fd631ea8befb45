package dev.ecomops.core.inventory.service;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.LotConsumption;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.spi.InventoryStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** A small catalog and a keeper over it, for tests. */
final class Fixtures {
  static final LocationId DC1 = LocationId.of("DC1");
  static final LocationId DC2 = LocationId.of("DC2");
  static final Sku TEE = Sku.of("TEE");
  static final Sku MUG = Sku.of("MUG");
  static final Sku MILK = Sku.of("MILK");
  static final Sku BOLT = Sku.of("BOLT");
  static final Sku GIFT = Sku.of("GIFT");
  static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-11-26");

  final ManualClock clock = ManualClock.at(START);
  final InMemoryCatalog catalog = catalog();
  final InMemoryEventLog events = InMemoryEventLog.create();
  final InventoryStore store;
  final StockKeeper keeper;
  private final AtomicLong keys = new AtomicLong();

  Fixtures() {
    this(InMemoryInventoryStore.create());
  }

  Fixtures(InventoryStore store) {
    this.store = store;
    this.keeper = StockKeeper.builder().catalog(catalog).store(store).events(events).clock(clock)
        .ids(SequentialIdGenerator.create()).build();
  }

  static InMemoryCatalog catalog() {
    InMemoryCatalog c = InMemoryCatalog.create();
    c.add(Location.builder().id(DC1).name("East").country("US").position(GeoPoint.of(40.7, -74.0)).priority(1).build());
    c.add(Location.builder().id(DC2).name("West").country("US").position(GeoPoint.of(34.0, -118.2)).priority(2).build());
    c.add(Product.builder().sku(TEE).name("T-shirt").build());
    c.add(Product.builder().sku(MUG).name("Mug").build());
    c.add(Product.builder().sku(MILK).name("Milk").lotTracked(true).shelfLifeDays(10).build());
    c.add(Product.builder().sku(BOLT).name("Bolt").lotTracked(true).lotConsumption(LotConsumption.FIFO).build());
    c.add(Product.builder().sku(GIFT).name("Gift set").build());
    c.add(Kit.builder().sku(GIFT).putComponents(TEE, 1).putComponents(MUG, 2).build());
    return c;
  }

  IdempotencyKey key() {
    return IdempotencyKey.of("k" + keys.incrementAndGet());
  }

  void receive(Sku sku, LocationId loc, long q) {
    keeper.receive(Receipt.builder().sku(sku).location(loc).quantity(q).idempotencyKey(key()).build());
  }

  void receiveLot(Sku sku, LocationId loc, long q, String lot, LocalDate expiry) {
    keeper.receive(Receipt.builder().sku(sku).location(loc).quantity(q).lot(lot).lotExpiry(expiry).idempotencyKey(key()).build());
  }

  Reservation reserve(Sku sku, LocationId loc, long q) {
    return keeper.reserve(ReserveRequest.builder().sku(sku).location(loc).quantity(q).reference("line-" + keys.get())
        .idempotencyKey(key()).build());
  }
}
