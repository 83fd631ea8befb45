package dev.ecomops.kpi.targets;

import dev.ecomops.kpi.KpiRow;
import java.util.Locale;

/**
 * A KPI that missed its target in one window and segment.
 *
 * @param row the KPI's row (window, start, dimension, segment, value)
 * @param target the target it missed
 */
public record Breach(KpiRow row, Target target) {

  /** One line: {@code order_accuracy 0.9700 missed ≥ 0.99 in WEEK of 2026-11-02, carrier=UPS}. */
  public String message() {
    return String.format(Locale.ROOT, "%s %.4f missed %s in %s of %s, %s=%s", row.kpi().id(), row.value().value(),
        target.describe(), row.window(), row.start(), row.dimension().id(), row.segment());
  }
}
