package dev.ecomops.kpi;

import dev.ecomops.kpi.fact.Fact;
import java.util.Locale;

/** What KPIs can be segmented by. {@link #ALL} is no segmentation: one segment named {@code all}. */
public enum Dimension {
  /** Everything together. */
  ALL,
  /** The sales (or contact) channel. */
  CHANNEL,
  /** The location. */
  LOCATION,
  /** The carrier. */
  CARRIER,
  /** The SKU category. */
  CATEGORY,
  /** The experiment variant. */
  VARIANT;

  /** Its name in files: {@code channel}, {@code location}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The dimension named in files.
   *
   * @throws IllegalArgumentException when unknown
   */
  public static Dimension byId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** The segment of a cell along this dimension; empty when the cell's facts do not have it. */
  String of(KpiEngine.Cell c) {
    return switch (this) {
      case ALL -> "all";
      case CHANNEL -> c.channel();
      case LOCATION -> c.location();
      case CARRIER -> c.carrier();
      case CATEGORY -> c.category();
      case VARIANT -> c.variant();
    };
  }

  /** The segment of a fact along this dimension. */
  public String of(Fact f) {
    return switch (this) {
      case ALL -> "all";
      case CHANNEL -> f.channel();
      case LOCATION -> f.location();
      case CARRIER -> f.carrier();
      case CATEGORY -> f.category();
      case VARIANT -> f.variant();
    };
  }
}
