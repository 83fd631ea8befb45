package dev.ecomops.testkit.inventory;

import dev.ecomops.core.EcomopsException;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Catalog;
import dev.ecomops.core.catalog.Kit;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKeeper;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.InventoryStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The operations Lincheck explores: reserve, release, confirm and available on a stock of 3
 * units, reserved two at a time so that any two concurrent reservations compete for the last
 * unit. Reservations are named by slot so results do not depend on id order.
 * Subclasses choose the store.
 */
@Param(name = "slot", gen = IntGen.class, conf = "0:2")
@Param(name = "qty", gen = IntGen.class, conf = "2:2")
abstract class KeeperScenario {
  private static final Sku SKU = Sku.of("TEE");
  private static final LocationId DC = LocationId.of("DC");
  private static final StockKey KEY = StockKey.of(SKU, DC);

  private final StockKeeper keeper;

  KeeperScenario(InventoryStore store) {
    keeper = StockKeeper.builder().catalog(new OneSkuCatalog()).store(store)
        .clock(ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"))).ids(prefix -> "unused").build();
    keeper.receive(Receipt.builder().sku(SKU).location(DC).quantity(3).idempotencyKey(IdempotencyKey.of("init")).build());
  }

  @Operation
  public String reserve(@Param(name = "slot") int slot, @Param(name = "qty") int qty) {
    try {
      Reservation r = keeper.reserve(ReserveRequest.builder().sku(SKU).location(DC).quantity(qty).reference("slot-" + slot)
          .reservationId(ReservationId.of("R-" + slot)).idempotencyKey(IdempotencyKey.of("reserve-" + slot + "-" + qty)).build());
      return "ok:" + r.quantity();
    } catch (InsufficientStockException e) {
      return "short";
    } catch (EcomopsException e) {
      return "refused";
    }
  }

  @Operation
  public String release(@Param(name = "slot") int slot) {
    try {
      Reservation r = keeper.release(ReservationId.of("R-" + slot));
      return r.status() + ":" + r.open();
    } catch (EcomopsException e) {
      return "refused";
    }
  }

  @Operation
  public String confirm(@Param(name = "slot") int slot) {
    try {
      Reservation r = keeper.confirm(ReservationId.of("R-" + slot));
      return r.status() + ":" + r.picked();
    } catch (EcomopsException e) {
      return "refused";
    }
  }

  @Operation
  public long available() {
    return keeper.available(KEY);
  }

  /** A one-SKU catalog without validation machinery, to keep each Lincheck invocation light. */
  private static final class OneSkuCatalog implements Catalog {
    private final Product product = Product.builder().sku(SKU).name("tee").build();
    private final Location location = Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(0, 0)).build();

    @Override
    public Optional<Product> product(Sku sku) {
      return sku.equals(SKU) ? Optional.of(product) : Optional.empty();
    }

    @Override
    public Optional<Location> location(LocationId id) {
      return id.equals(DC) ? Optional.of(location) : Optional.empty();
    }

    @Override
    public Optional<Kit> kit(Sku sku) {
      return Optional.empty();
    }

    @Override
    public List<Location> locations() {
      return List.of(location);
    }
  }
}
