package dev.ecomops.supply.sourcing;

import dev.ecomops.core.ValidationException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A supplier's terms: who they are, how they bill and where they ship from. What it offers per
 * SKU (supplier SKU code, price breaks, MOQ, case pack, lead time, primary or backup) is in its
 * {@link SupplierOffer}s.
 *
 * @param id its identifier, as purchase orders name it
 * @param name its name
 * @param currency the currency it invoices in
 * @param shipFrom the ISO 3166-1 alpha-2 country it ships from (for customs and landed cost)
 * @param paymentTermsDays days from invoice to payment (30 for "net 30"), at least 0
 */
public record Supplier(String id, String name, Currency currency, String shipFrom, int paymentTermsDays) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** @throws ValidationException naming the field that breaks its rule */
  public Supplier {
    if (id == null || id.isBlank()) {
      throw ValidationException.of("id", "must not be blank", id);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    if (shipFrom == null || !COUNTRIES.contains(shipFrom)) {
      throw ValidationException.of("shipFrom", "must be an ISO 3166-1 alpha-2 country code", shipFrom);
    }
    if (paymentTermsDays < 0) {
      throw ValidationException.of("paymentTermsDays", "must be at least 0", paymentTermsDays);
    }
  }

  /**
   * This supplier's offers among many, each checked to be priced in its currency.
   *
   * @throws ValidationException naming {@code priceBreaks} when an offer of this supplier is priced in another currency
   */
  public List<SupplierOffer> offers(List<SupplierOffer> all) {
    List<SupplierOffer> mine = all.stream().filter(o -> o.supplier().equals(id)).toList();
    for (SupplierOffer o : mine) {
      if (o.priceBreaks().stream().anyMatch(b -> !b.unitCost().currency().equals(currency))) {
        throw ValidationException.of("priceBreaks", "must be in the supplier's currency " + currency, o.sku());
      }
    }
    return mine;
  }
}
