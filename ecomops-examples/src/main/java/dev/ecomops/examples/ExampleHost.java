package dev.ecomops.examples;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import java.time.Clock;
import java.time.Duration;

/** The README's inventory example, as a host would write it. */
public final class ExampleHost {
  private ExampleHost() {}

  /**
   * Receives stock, holds some for a cart, ships it, and prints what is left.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    LocationId dc = LocationId.of("DC-EAST");
    Sku tee = Sku.of("TEE-BLK-M");
    InMemoryCatalog catalog = InMemoryCatalog.create()
        .add(Location.builder().id(dc).name("Newark").country("US").position(GeoPoint.of(40.73, -74.17)).build())
        .add(Product.builder().sku(tee).name("T-shirt black M").build());
    StockKeeper keeper = StockKeeper.builder()
        .catalog(catalog)
        .store(new MapInventoryStore())
        .clock(Clock.systemUTC())
        .build();

    keeper.receive(Receipt.builder().sku(tee).location(dc).quantity(100)
        .idempotencyKey(IdempotencyKey.of("asn-4711/1")).build());
    Reservation held = keeper.reserve(ReserveRequest.builder().sku(tee).location(dc).quantity(2)
        .reference("cart-42").timeToLive(Duration.ofMinutes(15))
        .idempotencyKey(IdempotencyKey.of("cart-42/tee")).build());
    System.out.println(held.id() + " holds " + held.open() + "; available: " + keeper.available(StockKey.of(tee, dc)));
    keeper.confirm(held.id());
    keeper.ship(held.id());
    System.out.println("shipped; on hand: " + keeper.balance(StockKey.of(tee, dc)).onHand());
  }
}
