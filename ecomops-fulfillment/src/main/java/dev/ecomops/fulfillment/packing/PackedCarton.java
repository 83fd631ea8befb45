package dev.ecomops.fulfillment.packing;

import java.util.List;

/**
 * One carton of a packing, with its items placed.
 *
 * @param carton the carton type
 * @param placements its items, in the order they were placed
 */
public record PackedCarton(Carton carton, List<Placement> placements) {
  /** Copies the placements. */
  public PackedCarton {
    placements = List.copyOf(placements);
  }

  /** The items' weight, kg. */
  public double weight() {
    return placements.stream().mapToDouble(p -> p.item().weight()).sum();
  }

  /** The share of the carton's volume its items fill, 0 to 1. */
  public double fillRate() {
    return placements.stream().mapToDouble(p -> p.item().volume()).sum() / carton.volume();
  }

  /** The greater of the items' weight and the carton's dimensional weight, kg. */
  public double billableWeight(double divisor) {
    return Math.max(weight(), carton.dimensionalWeight(divisor));
  }
}
