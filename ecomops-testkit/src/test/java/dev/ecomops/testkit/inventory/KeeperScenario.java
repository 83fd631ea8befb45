package dev.ecomops.testkit.inventory;

import dev.ecomops.core.EcomopsException;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.Catalog;
import dev.ecomops.core.spi.InventoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jspecify.annotations.Nullable;

/**
 * The operations Lincheck explores: reserve, release, confirm, ship and available on a stock of 3
 * T-shirts, reserved two at a time so that any two concurrent reservations compete for the last
 * unit; holds with a time-to-live and a clock tick that expires them; a gift-set kit (one
 * T-shirt and one of 2 mugs) reserved atomically; and reserveAll of a T-shirt and a mug in one
 * command. Reservations are named by slot (R-0 to R-2, H-, K-, A-) so results do not depend on
 * id order. Subclasses choose the store.
 */
@Param(name = "slot", gen = IntGen.class, conf = "0:2")
@Param(name = "qty", gen = IntGen.class, conf = "2:2")
abstract class KeeperScenario {
  private static final Sku SKU = Sku.of("TEE");
  private static final LocationId DC = LocationId.of("DC");
  private static final Sku MUG = Sku.of("MUG");
  private static final Sku GIFT = Sku.of("GIFT");
  private static final StockKey KEY = StockKey.of(SKU, DC);
  private static final StockKey MUGS = StockKey.of(MUG, DC);

  private final StockKeeper keeper;
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));

  KeeperScenario(InventoryStore store) {
    // a conflict retries at once: the model checker reads a park as a thread that never wakes
    keeper = StockKeeper.builder().catalog(new SmallCatalog()).store(store).clock(clock).ids(prefix -> "unused")
        .retry(RetryPolicy.builder().spins(Integer.MAX_VALUE).build()).build();
    keeper.receive(Receipt.builder().sku(SKU).location(DC).quantity(3).idempotencyKey(IdempotencyKey.of("init")).build());
    keeper.receive(Receipt.builder().sku(MUG).location(DC).quantity(2).idempotencyKey(IdempotencyKey.of("mugs")).build());
  }

  /** The answer of an operation: its result, or "short" (not enough stock) or "refused" (any other refusal). */
  private static String answer(java.util.function.Supplier<String> operation) {
    try {
      return operation.get();
    } catch (InsufficientStockException e) {
      return "short";
    } catch (EcomopsException e) {
      return "refused";
    }
  }

  /** A reservation of one SKU, answered with its quantity. */
  private String reserveOne(Sku sku, int quantity, String id, String key, @Nullable Duration timeToLive) {
    return answer(() -> "ok:" + keeper.reserve(ReserveRequest.builder().sku(sku).location(DC).quantity(quantity)
        .reference("ref-" + id).reservationId(ReservationId.of(id)).timeToLive(Optional.ofNullable(timeToLive))
        .idempotencyKey(IdempotencyKey.of(key)).build()).quantity());
  }

  @Operation
  public String reserve(@Param(name = "slot") int slot, @Param(name = "qty") int qty) {
    return reserveOne(SKU, qty, "R-" + slot, "reserve-" + slot + "-" + qty, null);
  }

  @Operation
  public String release(@Param(name = "slot") int slot) {
    return answer(() -> {
      Reservation r = keeper.release(ReservationId.of("R-" + slot));
      return r.status() + ":" + r.open();
    });
  }

  @Operation
  public String confirm(@Param(name = "slot") int slot) {
    return answer(() -> {
      Reservation r = keeper.confirm(ReservationId.of("R-" + slot));
      return r.status() + ":" + r.picked();
    });
  }

  @Operation
  public String ship(@Param(name = "slot") int slot) {
    return answer(() -> {
      Reservation r = keeper.ship(ReservationId.of("R-" + slot));
      return r.status() + ":" + r.shipped();
    });
  }

  /** Holds one T-shirt for a minute. */
  @Operation
  public String hold(@Param(name = "slot") int slot) {
    return reserveOne(SKU, 1, "H-" + slot, "hold-" + slot, Duration.ofMinutes(1));
  }

  /**
   * Two minutes pass and due holds expire. Returns nothing: how many this call expired is not a
   * linearizable fact, since a reserve running between the clock's move and the sweep expires a
   * due hold itself; what is, the stock available afterwards, {@link #available()} checks.
   */
  @Operation
  public void tick() {
    clock.advance(Duration.ofMinutes(2));
    keeper.expireDue(10);
  }

  /** Reserves one gift set: a T-shirt and a mug, atomically. */
  @Operation
  public String reserveKit(@Param(name = "slot") int slot) {
    return reserveOne(GIFT, 1, "K-" + slot, "kit-" + slot, null);
  }

  /** Reserves a T-shirt and a mug in one command. */
  @Operation
  public String reserveAll(@Param(name = "slot") int slot) {
    return answer(() -> "ok:" + keeper.reserveAll(List.of(
        ReserveRequest.builder().sku(SKU).location(DC).quantity(1).reference("all-" + slot)
            .reservationId(ReservationId.of("A-" + slot + "-t")).idempotencyKey(IdempotencyKey.of("unused-t")).build(),
        ReserveRequest.builder().sku(MUG).location(DC).quantity(1).reference("all-" + slot)
            .reservationId(ReservationId.of("A-" + slot + "-m")).idempotencyKey(IdempotencyKey.of("unused-m")).build()),
        IdempotencyKey.of("all-" + slot)).size());
  }

  /** T-shirts available (one key: reads of two keys are not one snapshot, and are not promised to be). */
  @Operation
  public long available() {
    return keeper.available(KEY);
  }

  /** Mugs available. */
  @Operation
  public long availableMugs() {
    return keeper.available(MUGS);
  }

  /** T-shirts, mugs and the gift set, without validation machinery, to keep each Lincheck invocation light. */
  private static final class SmallCatalog implements Catalog {
    private final Product product = Product.builder().sku(SKU).name("tee").build();
    private final Product mug = Product.builder().sku(MUG).name("mug").build();
    private final Product gift = Product.builder().sku(GIFT).name("gift set").build();
    private final Kit kit = Kit.builder().sku(GIFT).putComponents(SKU, 1).putComponents(MUG, 1).build();
    private final Location location = Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(0, 0)).build();

    @Override
    public Optional<Product> product(Sku sku) {
      return sku.equals(SKU) ? Optional.of(product) : sku.equals(MUG) ? Optional.of(mug)
          : sku.equals(GIFT) ? Optional.of(gift) : Optional.empty();
    }

    @Override
    public Optional<Location> location(LocationId id) {
      return id.equals(DC) ? Optional.of(location) : Optional.empty();
    }

    @Override
    public Optional<Kit> kit(Sku sku) {
      return sku.equals(GIFT) ? Optional.of(kit) : Optional.empty();
    }

    @Override
    public List<Location> locations() {
      return List.of(location);
    }
  }
}
