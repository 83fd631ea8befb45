package dev.ecomops.shipping.rates;

import dev.ecomops.core.Address;

/**
 * A zone chart's place: a country, optionally narrowed to postal codes starting with a prefix,
 * written {@code US} or {@code US:9}. The longer the prefix, the more specific.
 */
record Place(String country, String prefix) {

  static Place parse(String text) {
    int colon = text.indexOf(':');
    String country = (colon < 0 ? text : text.substring(0, colon)).trim();
    String prefix = colon < 0 ? "" : text.substring(colon + 1).trim().toUpperCase(java.util.Locale.ROOT);
    if (!country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("must be a two-letter country code, optionally with :postal-prefix, was '" + text
          + "'");
    }
    return new Place(country, prefix);
  }

  boolean matches(Address a) {
    if (!a.country().equals(country)) {
      return false;
    }
    return prefix.isEmpty() || a.postalCode().map(p -> p.toUpperCase(java.util.Locale.ROOT).replace(" ", "")
        .startsWith(prefix)).orElse(false);
  }
}
