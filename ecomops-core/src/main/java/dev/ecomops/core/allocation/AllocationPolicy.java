package dev.ecomops.core.allocation;

import dev.ecomops.core.ValidationException;
import java.util.Objects;

/**
 * How an order may be split and what happens to units no location can promise.
 *
 * @param split whether the order must ship complete from one location
 * @param whenShort what to do with a shortfall
 * @param maxShipments the most locations the order may ship from, at least 1
 */
public record AllocationPolicy(Split split, WhenShort whenShort, int maxShipments) {

  /** Splitting an order across locations. */
  public enum Split {
    /** Every line from one location in one shipment, or (when short) as {@link WhenShort} says. */
    SHIP_COMPLETE,
    /** Lines may ship from different locations, and a line from several when no one location holds it. */
    ALLOW_SPLIT
  }

  /** What happens to units that cannot be held now. */
  public enum WhenShort {
    /**
     * Hold what can be held and wait for the rest. Under {@link Split#SHIP_COMPLETE} nothing is
     * held: the whole order waits, since holding part would mean a second shipment.
     */
    BACKORDER,
    /** Hold what can be held; the rest is cancelled. */
    PARTIAL,
    /** Hold nothing unless everything can be held. */
    REJECT
  }

  /**
   * @throws ValidationException naming {@code maxShipments} if below 1
   * @throws NullPointerException if an enum is null
   */
  public AllocationPolicy {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(whenShort, "whenShort");
    if (maxShipments < 1) {
      throw ValidationException.of("maxShipments", "must be at least 1", maxShipments);
    }
  }

  /** Splits allowed without limit, shortfalls backordered: the usual direct-to-consumer default. */
  public static AllocationPolicy defaults() {
    return new AllocationPolicy(Split.ALLOW_SPLIT, WhenShort.BACKORDER, Integer.MAX_VALUE);
  }

  /** This policy with another split rule. */
  public AllocationPolicy withSplit(Split split) {
    return new AllocationPolicy(split, whenShort, maxShipments);
  }

  /** This policy with another shortfall rule. */
  public AllocationPolicy withWhenShort(WhenShort whenShort) {
    return new AllocationPolicy(split, whenShort, maxShipments);
  }

  /** This policy with another shipment limit. */
  public AllocationPolicy withMaxShipments(int maxShipments) {
    return new AllocationPolicy(split, whenShort, maxShipments);
  }

  /** The most locations a plan may use: 1 when shipping complete. */
  public int shipmentLimit() {
    return split == Split.SHIP_COMPLETE ? 1 : maxShipments;
  }
}
