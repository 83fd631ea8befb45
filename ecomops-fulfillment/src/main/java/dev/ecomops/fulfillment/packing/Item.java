package dev.ecomops.fulfillment.packing;

import dev.ecomops.core.ValidationException;
import java.util.Objects;

/**
 * One unit to pack, as a box.
 *
 * @param id the item's identifier, not blank (several items may share one, e.g. two units of a SKU)
 * @param length in cm, positive
 * @param width in cm, positive
 * @param height in cm, positive: the vertical side as the item stands
 * @param weight in kg, at least 0
 * @param rotatable whether it may be laid in any of its six orientations; when false it stays this
 *     side up (its height vertical) and may only turn about the vertical axis
 */
public record Item(String id, double length, double width, double height, double weight, boolean rotatable) {
  /** @throws ValidationException naming the field that breaks its rule */
  public Item {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw ValidationException.of("id", "must not be blank", id);
    }
    Checks.positive("length", length);
    Checks.positive("width", width);
    Checks.positive("height", height);
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw ValidationException.of("weight", "must be a finite number at least 0", weight);
    }
  }

  /** length × width × height, cm³. */
  public double volume() {
    return length * width * height;
  }

  /** The orientations it may take, as {dx, dy, dz}, without repeats. */
  double[][] orientations() {
    double[][] all = rotatable
        ? new double[][] {{length, width, height}, {width, length, height}, {length, height, width},
            {height, length, width}, {width, height, length}, {height, width, length}}
        : new double[][] {{length, width, height}, {width, length, height}};
    int n = 0;
    for (double[] o : all) {
      boolean repeat = false;
      for (int k = 0; k < n && !repeat; k++) {
        repeat = java.util.Arrays.equals(all[k], o);
      }
      if (!repeat) {
        all[n++] = o;
      }
    }
    return n == all.length ? all : java.util.Arrays.copyOf(all, n);
  }
}
