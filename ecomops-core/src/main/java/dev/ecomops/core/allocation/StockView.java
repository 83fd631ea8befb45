package dev.ecomops.core.allocation;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Units available to promise per (SKU, location), as read once for one allocation attempt. The
 * strategies plan against it; the reservation that follows re-checks every unit, so a view that
 * went stale only causes a retry, never an oversell. Kept as one row of counts per SKU over the
 * view's locations, since every strategy reads every candidate. Not thread safe; one per attempt.
 */
public final class StockView {
  private final List<LocationId> locations = new ArrayList<>();
  /** Positions by location, built when first needed (the allocator's reads never need it). */
  private final Map<LocationId, Integer> index = new HashMap<>();
  private final Map<Sku, long[]> rows = new HashMap<>();

  private StockView() {}

  /** An empty view. */
  public static StockView create() {
    return new StockView();
  }

  /** An empty view over these locations (more may be added by {@link #put}). */
  public static StockView over(List<LocationId> locations) {
    StockView v = new StockView();
    v.locations.addAll(locations);
    return v;
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
    int i = indexOf(location);
    long[] row = rows.get(sku);
    if (row == null || row.length <= i) {
      row = row == null ? new long[locations.size()] : Arrays.copyOf(row, locations.size());
      rows.put(sku, row);
    }
    row[i] = units;
    return this;
  }

  /**
   * Sets a whole row at once: {@code units[i]} for the i-th location of {@link #over}. The view
   * keeps the array (no copy); the caller must not change it afterwards.
   *
   * @throws IllegalArgumentException if the row's length is not the number of locations or an
   *     entry is negative
   */
  public StockView putRow(Sku sku, long[] units) {
    if (units.length != locations.size()) {
      throw new IllegalArgumentException("units has " + units.length + " entries but the view has "
          + locations.size() + " locations");
    }
    for (long u : units) {
      if (u < 0) {
        throw new IllegalArgumentException("units has " + u + " but must be at least 0");
      }
    }
    rows.put(sku, units);
    return this;
  }

  /** Units of {@code sku} that {@code location} can promise; 0 when unknown. */
  public long available(Sku sku, LocationId location) {
    long[] row = rows.get(sku);
    int i = row == null ? -1 : position(-1, location);
    return i < 0 || i >= row.length ? 0 : row[i];
  }

  /**
   * The position of a location in this view's rows, or -1; {@code expected} is checked first (the
   * allocator builds the view over the candidates in their order, so it is usually right).
   */
  int position(int expected, LocationId location) {
    if (expected >= 0 && expected < locations.size() && locations.get(expected).equals(location)) {
      return expected;
    }
    Integer i = index().get(location);
    return i == null ? -1 : i;
  }

  /**
   * The row of a SKU (positions as {@link #position}), or null when the view has none. Shared, not
   * copied, for the allocator's hot path: read it, never change it.
   */
  public long @Nullable [] row(Sku sku) {
    return rows.get(sku);
  }

  private Map<LocationId, Integer> index() {
    if (index.size() < locations.size()) {
      for (int i = index.size(); i < locations.size(); i++) {
        index.put(locations.get(i), i);
      }
    }
    return index;
  }

  private int indexOf(LocationId location) {
    Integer i = index().get(location);
    if (i == null) {
      i = locations.size();
      locations.add(location);
      index.put(location, i);
    }
    return i;
  }
}
