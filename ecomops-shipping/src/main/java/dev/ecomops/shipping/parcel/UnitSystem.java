package dev.ecomops.shipping.parcel;

import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.WeightUnit;

/** The units a carrier rates in: centimetres and kilograms, or inches and pounds. */
public enum UnitSystem {
  /** cm, kg; divisors in cm³/kg. */
  METRIC(LengthUnit.CM, WeightUnit.KG),
  /** in, lb; divisors in in³/lb. */
  IMPERIAL(LengthUnit.IN, WeightUnit.LB);

  private final LengthUnit length;
  private final WeightUnit weight;

  UnitSystem(LengthUnit length, WeightUnit weight) {
    this.length = length;
    this.weight = weight;
  }

  /** The length unit. */
  public LengthUnit length() {
    return length;
  }

  /** The weight unit. */
  public WeightUnit weight() {
    return weight;
  }
}
