package dev.ecomops.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money in one currency: a {@link BigDecimal} held at the currency's minor-unit
 * scale (2 for EUR and USD, 0 for JPY, 3 for KWD) plus a {@link Currency}. Never a double.
 *
 * <p>Instances are immutable and comparable within one currency. Arithmetic between different
 * currencies throws {@link CurrencyMismatchException}; nothing converts silently. Operations
 * that could produce sub-minor-unit amounts take an explicit {@link RoundingMode}. {@link
 * #allocate(long...)} splits an amount across weights so that the parts sum exactly to the
 * whole.
 */
public final class Money implements Comparable<Money> {

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Money of an exact amount.
   *
   * @param amount the amount, in major units (e.g. {@code 12.34} euros); must be representable
   *     in the currency's minor unit without rounding
   * @param currency the currency; must have a minor unit (not a pseudo-currency such as XXX)
   * @return the money value, scaled to the currency's minor unit
   * @throws ValidationException if the amount has more decimals than the currency allows, is
   *     10^15 or more in absolute value, or the currency has no minor unit
   * @throws NullPointerException if an argument is null
   */
  public static Money of(BigDecimal amount, Currency currency) {
    int digits = minorDigits(currency);
    try {
      return new Money(bounded(amount, digits).setScale(digits, RoundingMode.UNNECESSARY), currency);
    } catch (ArithmeticException e) {
      throw ValidationException.of(
          "amount", "must have at most " + digits + " decimals for " + currency, amount);
    }
  }

  /**
   * Money of an amount rounded to the currency's minor unit.
   *
   * @param amount the amount in major units
   * @param currency the currency
   * @param rounding how to round digits below the minor unit
   * @return the rounded money value
   * @throws ValidationException if the amount is 10^15 or more in absolute value, or the currency
   *     has no minor unit
   */
  public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
    int digits = minorDigits(currency);
    return new Money(bounded(amount, digits).setScale(digits, rounding), currency);
  }

  /** Amounts below 10^15 major units (a quadrillion) in absolute value are accepted. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /**
   * The amount, checked against {@link #MAX_INTEGER_DIGITS} from its precision and scale alone (so
   * {@code 1e100000000} is refused at once instead of scaled), and, when it is smaller than a
   * tenth of a minor unit, replaced by a value of the same sign that rounds the same way under
   * every rounding mode ({@code 1e-100000000} would otherwise cost a division by 10^100000000).
   */
  private static BigDecimal bounded(BigDecimal amount, int digits) {
    if (amount.signum() == 0) {
      return BigDecimal.ZERO;
    }
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw ValidationException.of("amount", "must be less than 10^" + MAX_INTEGER_DIGITS + " in absolute value",
          amount);
    }
    if (integerDigits < -(digits + 1L)) {
      return BigDecimal.valueOf(amount.signum(), digits + 2);
    }
    return amount;
  }

  /**
   * Money parsed from a decimal string and an ISO 4217 code, e.g. {@code of("12.30", "EUR")}.
   *
   * @throws ValidationException if the amount is not a decimal number, the code is not a known
   *     ISO 4217 currency, or the amount has too many decimals
   */
  public static Money of(String amount, String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  /**
   * Money from a count of minor units, e.g. {@code ofMinor(1234, EUR)} is 12.34 EUR.
   *
   * @throws ValidationException if the currency has no minor unit
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(BigDecimal.valueOf(minorUnits, minorDigits(currency)), currency);
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    return ofMinor(0, currency);
  }

  /**
   * Looks up an ISO 4217 currency.
   *
   * @throws ValidationException naming field {@code currency} if the code is unknown
   */
  public static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ValidationException.of("currency", "must be an ISO 4217 currency code", code);
    }
  }

  private static BigDecimal parseAmount(String amount) {
    try {
      return new BigDecimal(amount.trim());
    } catch (NumberFormatException | NullPointerException e) {
      throw ValidationException.of("amount", "must be a decimal number", amount);
    }
  }

  private static int minorDigits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw ValidationException.of("currency", "must have a minor unit", currency.getCurrencyCode());
    }
    return digits;
  }

  /** The amount in major units, at the currency's minor-unit scale. */
  public BigDecimal amount() {
    return amount;
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  /** The amount as a whole number of minor units (cents for EUR). */
  public long minorUnits() {
    return amount.unscaledValue().longValueExact();
  }

  /**
   * The sum of this and {@code other}.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * This minus {@code other}; may be negative.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This amount times a whole quantity (exact). */
  public Money times(long quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  /** This amount times a factor, rounded to the minor unit with the given rounding. */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    return new Money(
        amount.multiply(factor).setScale(currency.getDefaultFractionDigits(), rounding), currency);
  }

  /** The negated amount. */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Splits this amount into parts proportional to {@code weights} by the largest-remainder
   * (Hamilton) method on minor units: each part gets the floor of its exact share, and the
   * minor units left over go one each to the parts with the largest remainders (ties to the
   * earlier part). The parts always sum exactly to this amount, and each part differs from its
   * exact share by less than one minor unit. A negative amount is split as its negation, then
   * negated.
   *
   * @param weights non-negative weights, at least one positive
   * @return one part per weight, in the same order
   * @throws ValidationException if there are no weights, a weight is negative, or all are zero
   */
  public List<Money> allocate(long... weights) {
    if (weights.length == 0) {
      throw ValidationException.of("weights", "must not be empty", "[]");
    }
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw ValidationException.of("weights[" + i + "]", "must be at least 0", weights[i]);
      }
      total = total.add(BigInteger.valueOf(weights[i]));
    }
    if (total.signum() == 0) {
      throw ValidationException.of("weights", "must contain a positive weight", "all zero");
    }
    BigInteger units = amount.unscaledValue();
    boolean negative = units.signum() < 0;
    units = units.abs();
    BigInteger[] parts = new BigInteger[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = units.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      assigned = assigned.add(qr[0]);
    }
    int leftover = units.subtract(assigned).intValueExact();
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = remainders[b].compareTo(remainders[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; k < leftover; k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    Money[] result = new Money[weights.length];
    int scale = amount.scale();
    for (int i = 0; i < parts.length; i++) {
      BigInteger p = negative ? parts[i].negate() : parts[i];
      result[i] = new Money(new BigDecimal(p, scale), currency);
    }
    return List.of(result);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && amount.equals(m.amount) && currency.equals(m.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currency);
  }

  /** Plain form, independent of locale: {@code 12.30 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
