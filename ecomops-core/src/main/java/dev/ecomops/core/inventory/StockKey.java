package dev.ecomops.core.inventory;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import java.util.Objects;

/**
 * One ledger stream: a SKU at a location. Ordered by SKU then location, the order in which
 * multi-key commits take their locks.
 *
 * @param sku the SKU
 * @param location the location
 */
public record StockKey(Sku sku, LocationId location) implements Comparable<StockKey> {

  /** @throws NullPointerException if an argument is null */
  public StockKey {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(location, "location");
  }

  /** The key of {@code sku} at {@code location}. */
  public static StockKey of(Sku sku, LocationId location) {
    return new StockKey(sku, location);
  }

  /** The key of the SKU and location codes given, e.g. {@code of("TEE-M", "DC1")}. */
  public static StockKey of(String sku, String location) {
    return new StockKey(Sku.of(sku), LocationId.of(location));
  }

  @Override
  public int compareTo(StockKey o) {
    int c = sku.compareTo(o.sku);
    return c != 0 ? c : location.compareTo(o.location);
  }

  @Override
  public int hashCode() {
    return sku.hashCode() * 31 + location.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StockKey k && sku.equals(k.sku) && location.equals(k.location);
  }

  /** {@code sku@location}. */
  @Override
  public String toString() {
    return sku + "@" + location;
  }
}
