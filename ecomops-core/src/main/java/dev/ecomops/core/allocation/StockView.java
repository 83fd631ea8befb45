package dev.ecomops.core.allocation;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import java.util.HashMap;
import java.util.Map;

/**
 * Units available to promise per (SKU, location), as read once for one allocation attempt. The
 * strategies plan against it; the reservation that follows re-checks every unit, so a view that
 * went stale only causes a retry, never an oversell.
 */
public final class StockView {
  private final Map<LocationId, Map<Sku, Long>> available = new HashMap<>();

  private StockView() {}

  /** An empty view. */
  public static StockView create() {
    return new StockView();
  }

  /**
   * Records what a location can promise of a SKU.
   *
   * @param units at least 0
   * @return this view
   * @throws IllegalArgumentException if {@code units} is negative
   */
  public StockView put(Sku sku, LocationId location, long units) {
    if (units < 0) {
      throw new IllegalArgumentException("units was " + units + " but must be at least 0");
    }
    available.computeIfAbsent(location, l -> new HashMap<>()).put(sku, units);
    return this;
  }

  /** Units of {@code sku} that {@code location} can promise; 0 when unknown. */
  public long available(Sku sku, LocationId location) {
    Map<Sku, Long> m = available.get(location);
    Long n = m == null ? null : m.get(sku);
    return n == null ? 0 : n;
  }
}
