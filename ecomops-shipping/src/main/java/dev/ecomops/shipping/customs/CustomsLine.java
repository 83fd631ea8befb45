package dev.ecomops.shipping.customs;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.Weight;
import java.util.Objects;

/**
 * One line of a customs declaration.
 *
 * @param description what the goods are, in words customs accept (not blank)
 * @param hsCode the Harmonized System code, 6 to 10 digits (dots and spaces are dropped)
 * @param originCountry ISO 3166 alpha-2 country of origin
 * @param quantity units, at least 1
 * @param unitValue value of one unit
 * @param unitWeight net weight of one unit
 */
public record CustomsLine(String description, String hsCode, String originCountry, long quantity, Money unitValue,
    Weight unitWeight) {
  /** @throws ValidationException naming the field that breaks its rule */
  public CustomsLine {
    Objects.requireNonNull(unitValue, "unitValue");
    Objects.requireNonNull(unitWeight, "unitWeight");
    if (description == null || description.isBlank()) {
      throw ValidationException.of("description", "must not be blank", description);
    }
    String digits = hsCode == null ? "" : hsCode.replace(".", "").replace(" ", "");
    if (!digits.matches("\\d{6,10}")) {
      throw ValidationException.of("hsCode", "must be 6 to 10 digits", hsCode);
    }
    hsCode = digits;
    if (originCountry == null || !originCountry.matches("[A-Z]{2}")) {
      throw ValidationException.of("originCountry", "must be an ISO 3166 alpha-2 code", originCountry);
    }
    if (quantity < 1) {
      throw ValidationException.of("quantity", "must be at least 1", quantity);
    }
    if (unitValue.isNegative()) {
      throw ValidationException.of("unitValue", "must not be negative", unitValue);
    }
  }

  /** quantity × unit value. */
  public Money value() {
    return unitValue.times(quantity);
  }

  /** quantity × unit weight. */
  public Weight weight() {
    return unitWeight.times(quantity);
  }
}
