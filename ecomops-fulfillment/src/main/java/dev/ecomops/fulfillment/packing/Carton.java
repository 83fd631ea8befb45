package dev.ecomops.fulfillment.packing;

import dev.ecomops.core.ValidationException;
import java.util.Objects;

/**
 * A carton in the catalog.
 *
 * @param id the carton type's identifier, not blank
 * @param length inner length in cm, positive
 * @param width inner width in cm, positive
 * @param height inner height in cm, positive
 * @param maxWeight the most it may hold, kg, positive
 * @param cost its cost in the host's currency units, at least 0
 */
public record Carton(String id, double length, double width, double height, double maxWeight, double cost) {
  /** @throws ValidationException naming the field that breaks its rule */
  public Carton {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw ValidationException.of("id", "must not be blank", id);
    }
    Checks.positive("length", length);
    Checks.positive("width", width);
    Checks.positive("height", height);
    Checks.positive("maxWeight", maxWeight);
    if (!(cost >= 0) || Double.isInfinite(cost)) {
      throw ValidationException.of("cost", "must be a finite number at least 0", cost);
    }
  }

  /** Inner volume, cm³. */
  public double volume() {
    return length * width * height;
  }

  /**
   * Dimensional weight in kg: volume over the divisor (5,000 cm³/kg is the common international
   * one; 6,000 and others occur).
   */
  public double dimensionalWeight(double divisor) {
    return volume() / divisor;
  }
}
