package dev.ecomops.shipping.customs;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.Weight;
import java.util.List;
import java.util.Objects;

/**
 * A shipment's customs declaration.
 *
 * @param shipmentId the shipment
 * @param destinationCountry ISO 3166 alpha-2 country it is imported into
 * @param incoterm who pays duties and taxes
 * @param lines the goods, at least one, all valued in one currency
 */
public record CustomsDeclaration(String shipmentId, String destinationCountry, Incoterm incoterm,
    List<CustomsLine> lines) {
  /** @throws ValidationException naming the field that breaks its rule */
  public CustomsDeclaration {
    Objects.requireNonNull(shipmentId, "shipmentId");
    Objects.requireNonNull(incoterm, "incoterm");
    if (destinationCountry == null || !destinationCountry.matches("[A-Z]{2}")) {
      throw ValidationException.of("destinationCountry", "must be an ISO 3166 alpha-2 code", destinationCountry);
    }
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw ValidationException.of("lines", "must have at least one line", shipmentId);
    }
    var currency = lines.get(0).unitValue().currency();
    for (CustomsLine l : lines) {
      if (!l.unitValue().currency().equals(currency)) {
        throw ValidationException.of("lines", "must all be valued in one currency", l.unitValue());
      }
    }
  }

  /** The goods' total value. */
  public Money value() {
    Money sum = Money.zero(lines.get(0).unitValue().currency());
    for (CustomsLine l : lines) {
      sum = sum.plus(l.value());
    }
    return sum;
  }

  /** The goods' total net weight. */
  public Weight weight() {
    Weight sum = Weight.ZERO;
    for (CustomsLine l : lines) {
      sum = sum.plus(l.weight());
    }
    return sum;
  }
}
