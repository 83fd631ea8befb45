package dev.ecomops.fulfillment.packing;

import java.util.List;

/**
 * The result of cartonization.
 *
 * @param cartons the cartons used, each with its items placed
 * @param unpacked the items that fit no carton of the catalog (too large in every orientation, or
 *     too heavy), never silently dropped
 * @param divisor the dimensional-weight divisor used, cm³/kg
 */
public record Packing(List<PackedCarton> cartons, List<Item> unpacked, double divisor) {
  /** Copies the lists. */
  public Packing {
    cartons = List.copyOf(cartons);
    unpacked = List.copyOf(unpacked);
  }

  /** Total billable weight, kg. */
  public double billableWeight() {
    return cartons.stream().mapToDouble(c -> c.billableWeight(divisor)).sum();
  }

  /** Total carton cost. */
  public double cost() {
    return cartons.stream().mapToDouble(c -> c.carton().cost()).sum();
  }

  /** Packed item volume over carton volume, all cartons together; 0 with none. */
  public double fillRate() {
    double items = cartons.stream().flatMap(c -> c.placements().stream()).mapToDouble(p -> p.item().volume()).sum();
    double space = cartons.stream().mapToDouble(c -> c.carton().volume()).sum();
    return space == 0 ? 0 : items / space;
  }
}
