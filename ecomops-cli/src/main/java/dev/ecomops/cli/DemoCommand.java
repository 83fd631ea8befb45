package dev.ecomops.cli;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.catalog.LocationCapability;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.CountTolerance;
import dev.ecomops.core.inventory.CycleCount;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.CycleCounter;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.SequentialIdGenerator;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ecomops demo}: a scripted tour of the inventory ledger on the in-memory default. The
 * clock is fixed, so the output is the same on every run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Receive stock into two locations, reserve, release and expire reservations, run a cycle count, "
        + "and print the balances and the ledger, all in memory.")
final class DemoCommand implements Callable<Integer> {
  static final Instant START = Instant.parse("2026-11-26T09:00:00Z");
  static final LocationId EAST = LocationId.of("DC-EAST");
  static final LocationId WEST = LocationId.of("DC-WEST");
  static final Sku TEE = Sku.of("TEE-BLK-M");
  static final Sku MUG = Sku.of("MUG-WHT");
  static final Sku COFFEE = Sku.of("COFFEE-250G");
  static final Sku GIFT = Sku.of("GIFT-SET");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--ledger", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Print the ledger after the balances; --no-ledger leaves it out (default: ${DEFAULT-VALUE}).")
  boolean ledger = true;

  private int keys;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ManualClock clock = ManualClock.at(START);
    InMemoryCatalog catalog = catalog();
    InMemoryEventLog events = InMemoryEventLog.create();
    SequentialIdGenerator ids = SequentialIdGenerator.create();
    StockKeeper keeper = StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create()).events(events)
        .clock(clock).ids(ids).build();
    out.println("ecomops demo: inventory ledger on the in-memory store, clock fixed at " + START);
    out.println();

    out.println("1. Receive stock into two locations");
    receive(out, keeper, TEE, EAST, 120, null, null);
    receive(out, keeper, TEE, WEST, 40, null, null);
    receive(out, keeper, MUG, EAST, 60, null, null);
    receive(out, keeper, COFFEE, EAST, 30, "L2611", LocalDate.parse("2027-01-15"));
    receive(out, keeper, COFFEE, EAST, 20, "L2609", LocalDate.parse("2026-12-20"));

    out.println();
    out.println("2. Reserve for orders");
    Reservation r1 = reserve(out, keeper, TEE, EAST, 3, "order-1001/1", null);
    Reservation r2 = reserve(out, keeper, GIFT, null, 5, "order-1002/1", null);
    Reservation cart = reserve(out, keeper, TEE, EAST, 10, "cart-77", Duration.ofMinutes(15));
    Reservation r4 = reserve(out, keeper, COFFEE, EAST, 25, "order-1003/1", null);
    try {
      reserve(out, keeper, TEE, WEST, 50, "order-1004/1", null);
    } catch (InsufficientStockException e) {
      out.println("   refused: " + e.getMessage());
    }
    Reservation replay = keeper.reserve(request(TEE, EAST, 3, "order-1001/1", null, "reserve-order-1001/1"));
    out.println("   replay of order-1001/1 with its idempotency key returns " + replay.id() + " again; nothing appended");

    out.println();
    out.println("3. Release, confirm and expire");
    keeper.release(r2.id());
    out.println("   released " + r2.id() + " (order-1002 cancelled)");
    keeper.confirm(r1.id());
    keeper.ship(r1.id());
    out.println("   confirmed and shipped " + r1.id());
    keeper.confirm(r4.id());
    out.println("   confirmed " + r4.id() + ": lots taken first-expired-first-out");
    clock.advance(Duration.ofMinutes(20));
    int expired = keeper.expireDue(100);
    out.println("   20 minutes later: " + expired + " reservation expired (" + cart.id() + ", cart-77, time-to-live 15 min)");

    out.println();
    out.println("4. Cycle count at " + EAST);
    CycleCounter counter = CycleCounter.of(keeper, ids, events, clock);
    CycleCount count = counter.open(EAST, new CountTolerance(0, 0.01));
    counter.record(count.id(), StockKey.of(TEE, EAST), 116);
    counter.record(count.id(), StockKey.of(MUG, EAST), 59);
    counter.record(count.id(), StockKey.of(COFFEE, EAST), 25);
    CycleCount posted = counter.post(count.id());
    for (CycleCount.Line l : posted.lines()) {
      if (l.status() != CycleCount.Status.OPEN) {
        out.printf("   %-12s book %4d counted %4d variance %+4d %s%n", l.key().sku(), l.book(), l.counted(), l.variance(), l.status());
      }
    }
    out.printf("   inventory record accuracy (within 1%%): %.0f%%%n", posted.accuracy().orElse(0) * 100);

    out.println();
    printBalances(out, keeper);
    if (ledger) {
      out.println();
      printLedger(out, keeper);
    }
    out.println();
    out.println(events.size() + " domain events published");
    return EcomopsCommand.OK;
  }

  static InMemoryCatalog catalog() {
    InMemoryCatalog c = InMemoryCatalog.create();
    c.add(Location.builder().id(EAST).name("Newark DC").country("US").position(GeoPoint.of(40.7357, -74.1724)).priority(1)
        .addCapabilities(LocationCapability.SHIPS_INTERNATIONAL).build());
    c.add(Location.builder().id(WEST).name("Reno DC").country("US").position(GeoPoint.of(39.5296, -119.8138)).priority(2).build());
    c.add(Product.builder().sku(TEE).name("T-shirt black M").category("apparel").unitCost(Money.of("4.20", "USD"))
        .price(Money.of("24.00", "USD")).build());
    c.add(Product.builder().sku(MUG).name("Mug white").category("home").unitCost(Money.of("2.10", "USD"))
        .price(Money.of("14.00", "USD")).build());
    c.add(Product.builder().sku(COFFEE).name("Coffee beans 250 g").category("food").lotTracked(true).shelfLifeDays(120)
        .unitCost(Money.of("3.80", "USD")).price(Money.of("12.50", "USD")).build());
    c.add(Product.builder().sku(GIFT).name("Gift set: tee and two mugs").category("bundles").build());
    c.add(Kit.builder().sku(GIFT).putComponents(TEE, 1).putComponents(MUG, 2).build());
    return c;
  }

  private void receive(PrintWriter out, StockKeeper keeper, Sku sku, LocationId loc, long q, String lot, LocalDate expiry) {
    Receipt.Builder b = Receipt.builder().sku(sku).location(loc).quantity(q).idempotencyKey(IdempotencyKey.of("receipt-" + (++keys)));
    if (lot != null) {
      b.lot(lot).lotExpiry(expiry);
    }
    keeper.receive(b.build());
    out.printf("   + %-12s %-8s %4d%s%n", sku, loc, q, lot == null ? "" : "  lot " + lot + " expires " + expiry);
  }

  private static ReserveRequest request(Sku sku, LocationId loc, long q, String ref, Duration ttl, String key) {
    ReserveRequest.Builder b = ReserveRequest.builder().sku(sku).quantity(q).reference(ref).idempotencyKey(IdempotencyKey.of(key));
    if (loc != null) {
      b.location(loc);
    }
    if (ttl != null) {
      b.timeToLive(ttl);
    }
    return b.build();
  }

  private static Reservation reserve(PrintWriter out, StockKeeper keeper, Sku sku, LocationId loc, long q, String ref, Duration ttl) {
    out.printf("   reserve %-12s x%-3d at %-8s for %s%s%n", sku, q, loc == null ? "any" : loc, ref,
        ttl == null ? "" : " (time-to-live " + ttl.toMinutes() + " min)");
    Reservation r = keeper.reserve(request(sku, loc, q, ref, ttl, "reserve-" + ref));
    out.printf("   -> %s held at %s%n", r.id(), r.location());
    return r;
  }

  private static void printBalances(PrintWriter out, StockKeeper keeper) {
    out.println("Balances");
    out.printf("%-12s %-8s %7s %8s %6s %7s %9s%n", "SKU", "LOCATION", "ON_HAND", "RESERVED", "PICKED", "DAMAGED", "AVAILABLE");
    List<StockKey> keys = keeper.store().keys().stream().sorted().toList();
    for (StockKey k : keys) {
      Balance b = keeper.balance(k);
      out.printf("%-12s %-8s %7d %8d %6d %7d %9d%n", k.sku(), k.location(), b.onHand(), b.reserved(), b.picked(), b.damaged(),
          keeper.available(k));
    }
    out.printf("%-12s %-8s %31s %9d%n", GIFT, EAST, "(kit: tee + 2 mugs)", keeper.available(StockKey.of(GIFT, EAST)));
  }

  private static void printLedger(PrintWriter out, StockKeeper keeper) {
    out.println("Ledger");
    out.printf("%-21s %3s %-17s %5s  %-10s %s%n", "KEY", "SEQ", "KIND", "QTY", "REFERENCE", "LOT");
    for (StockKey k : keeper.store().keys().stream().sorted().toList()) {
      for (Movement m : keeper.ledger(k)) {
        out.printf("%-21s %3d %-17s %5d  %-10s %s%n", k, m.sequence(), m.kind(), m.quantity(), m.reference().orElse(""),
            m.lot().orElse(""));
      }
    }
  }
}
