package dev.ecomops.shipping.customs;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The host's duty and tax rules per destination country: duty rates by HS-code prefix (the
 * longest matching prefix applies; none means duty-free), one import tax rate (VAT, GST), and
 * de minimis values under which no duty, or no tax, is charged. Built once, then immutable.
 */
public final class TariffTable {
  private final Map<String, Map<String, BigDecimal>> duty;
  private final Map<String, BigDecimal> tax;
  private final Map<String, Money> dutyDeMinimis;
  private final Map<String, Money> taxDeMinimis;

  private TariffTable(Builder b) {
    duty = Map.copyOf(b.duty);
    tax = Map.copyOf(b.tax);
    dutyDeMinimis = Map.copyOf(b.dutyDeMinimis);
    taxDeMinimis = Map.copyOf(b.taxDeMinimis);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TariffTable}. */
  public static final class Builder {
    private final Map<String, Map<String, BigDecimal>> duty = new HashMap<>();
    private final Map<String, BigDecimal> tax = new HashMap<>();
    private final Map<String, Money> dutyDeMinimis = new HashMap<>();
    private final Map<String, Money> taxDeMinimis = new HashMap<>();

    private Builder() {}

    /**
     * The duty rate for goods whose HS code starts with {@code hsPrefix}, into {@code country}.
     *
     * @param rate a fraction, e.g. 0.12 for 12%, at least 0
     * @throws ValidationException naming {@code rate} when negative or {@code hsPrefix} when not 2 to 10 digits
     */
    public Builder duty(String country, String hsPrefix, BigDecimal rate) {
      if (!hsPrefix.matches("\\d{2,10}")) {
        throw ValidationException.of("hsPrefix", "must be 2 to 10 digits", hsPrefix);
      }
      duty.computeIfAbsent(country, k -> new HashMap<>()).put(hsPrefix, nonNegative(rate));
      return this;
    }

    /** The import tax rate of a country, a fraction at least 0. */
    public Builder tax(String country, BigDecimal rate) {
      tax.put(country, nonNegative(rate));
      return this;
    }

    /** Goods worth at most these amounts pay no duty, and no tax, in the country. */
    public Builder deMinimis(String country, Money noDutyUpTo, Money noTaxUpTo) {
      dutyDeMinimis.put(country, noDutyUpTo);
      taxDeMinimis.put(country, noTaxUpTo);
      return this;
    }

    private static BigDecimal nonNegative(BigDecimal rate) {
      if (rate.signum() < 0) {
        throw ValidationException.of("rate", "must be at least 0", rate);
      }
      return rate;
    }

    /** The table. */
    public TariffTable build() {
      return new TariffTable(this);
    }
  }

  /** The duty rate of an HS code into a country: the longest matching prefix's, 0 if none. */
  public BigDecimal dutyRate(String country, String hsCode) {
    Map<String, BigDecimal> rates = duty.getOrDefault(country, Map.of());
    for (int len = hsCode.length(); len >= 2; len--) {
      BigDecimal r = rates.get(hsCode.substring(0, len));
      if (r != null) {
        return r;
      }
    }
    return BigDecimal.ZERO;
  }

  /** The import tax rate of a country, 0 if none. */
  public BigDecimal taxRate(String country) {
    return tax.getOrDefault(country, BigDecimal.ZERO);
  }

  /** The value up to which no duty is charged, if the country has one. */
  public Optional<Money> dutyDeMinimis(String country) {
    return Optional.ofNullable(dutyDeMinimis.get(country));
  }

  /** The value up to which no tax is charged, if the country has one. */
  public Optional<Money> taxDeMinimis(String country) {
    return Optional.ofNullable(taxDeMinimis.get(country));
  }
}
