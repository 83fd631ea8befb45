package dev.ecomops.fulfillment.qc;

import dev.ecomops.core.event.FulfillmentEvent.Discrepancy;
import java.util.List;

/**
 * The verdict of a pack check.
 *
 * @param passed whether the package holds exactly what was expected
 * @param discrepancies what is wrong, by SKU, empty when passed
 */
public record PackCheck(boolean passed, List<Discrepancy> discrepancies) {
  /** Copies the discrepancies. */
  public PackCheck {
    discrepancies = List.copyOf(discrepancies);
  }
}
