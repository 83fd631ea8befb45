package dev.ecomops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Money")
class MoneyTest {
  static final Currency EUR = Currency.getInstance("EUR");

  @Test
  @DisplayName("amounts are held at the currency's minor-unit scale")
  void of_scales() {
    assertThat(Money.of("12.3", "EUR").amount()).isEqualTo(new BigDecimal("12.30"));
    assertThat(Money.of("1500", "JPY").amount()).isEqualTo(new BigDecimal("1500"));
    assertThat(Money.of("1.234", "KWD").minorUnits()).isEqualTo(1234);
  }

  @Test
  @DisplayName("more decimals than the currency allows are refused unless rounding is explicit")
  void of_tooManyDecimals() {
    assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("amount: must have at most 2 decimals");
    assertThat(Money.of(new BigDecimal("1.005"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("1.00", "EUR"));
    assertThat(Money.of(new BigDecimal("1.015"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("1.02", "EUR"));
  }

  @Test
  @DisplayName("arithmetic across currencies is refused")
  void plus_currencyMismatch() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
        .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD").hasMessageContaining("EUR");
    assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD"))).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  @DisplayName("unknown currency codes and non-numbers name the field")
  void of_badInput() {
    assertThatThrownBy(() -> Money.of("1", "EURO")).hasMessageContaining("currency: must be an ISO 4217 currency code");
    assertThatThrownBy(() -> Money.of("one", "EUR")).hasMessageContaining("amount: must be a decimal number");
  }

  @Test
  @DisplayName("allocate splits 100.00 in three as 33.34, 33.33, 33.33")
  void allocate_evenThirds() {
    assertThat(Money.of("100.00", "EUR").allocate(1, 1, 1)).containsExactly(
        Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR"));
  }

  @Test
  @DisplayName("allocate gives leftover cents to the largest remainders")
  void allocate_largestRemainder() {
    // 0.05 by 3:7 = 0.015 / 0.035 -> floors 1 and 3 cents, remainders .5 and .5: tie goes to the first
    assertThat(Money.of("0.05", "EUR").allocate(3, 7)).containsExactly(Money.of("0.02", "EUR"), Money.of("0.03", "EUR"));
    // 10.00 by 1:2:3 = 1.666.., 3.333.., 5.00 -> 1.67, 3.33, 5.00
    assertThat(Money.of("10.00", "EUR").allocate(1, 2, 3))
        .containsExactly(Money.of("1.67", "EUR"), Money.of("3.33", "EUR"), Money.of("5.00", "EUR"));
  }

  @Test
  @DisplayName("allocate refuses empty, negative and all-zero weights")
  void allocate_badWeights() {
    Money m = Money.of("1.00", "EUR");
    assertThatThrownBy(m::allocate).hasMessageContaining("weights: must not be empty");
    assertThatThrownBy(() -> m.allocate(1, -1)).hasMessageContaining("weights[1]: must be at least 0");
    assertThatThrownBy(() -> m.allocate(0, 0)).hasMessageContaining("must contain a positive weight");
  }

  @Test
  @DisplayName("toString does not depend on the default locale")
  void toString_plain() {
    assertThat(Money.of("1234.50", "EUR").toString()).isEqualTo("1234.50 EUR");
  }

  @Test
  @DisplayName("amounts of 10^15 and more are refused naming the field, huge exponents included, at once")
  void of_hugeAmounts_refused() {
    assertThatThrownBy(() -> Money.of("1e100000000", "EUR")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("amount").hasMessageContaining("10^15");
    assertThatThrownBy(() -> Money.of("-1000000000000000", "EUR")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e100000000"), EUR, RoundingMode.HALF_EVEN))
        .isInstanceOf(ValidationException.class);
    assertThat(Money.of("999999999999999.99", "EUR").minorUnits()).isEqualTo(99_999_999_999_999_999L);
  }

  @Test
  @DisplayName("tiny amounts with huge negative exponents are refused exactly, or rounded as they would be, at once")
  void of_tinyAmounts() {
    assertThatThrownBy(() -> Money.of("1e-100000000", "EUR")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("decimals");
    BigDecimal tiny = new BigDecimal("1e-100000000");
    assertThat(Money.of(tiny, EUR, RoundingMode.HALF_UP).isZero()).isTrue();
    assertThat(Money.of(tiny, EUR, RoundingMode.UP)).isEqualTo(Money.of("0.01", "EUR"));
    assertThat(Money.of(tiny.negate(), EUR, RoundingMode.FLOOR)).isEqualTo(Money.of("-0.01", "EUR"));
    assertThat(Money.of(tiny.negate(), EUR, RoundingMode.CEILING).isZero()).isTrue();
    assertThat(Money.of("0e-100000000", "EUR").isZero()).isTrue();
  }
}
