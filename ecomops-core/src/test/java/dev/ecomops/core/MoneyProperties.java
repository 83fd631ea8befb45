package dev.ecomops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Money properties")
class MoneyProperties {
  private static final List<Currency> CURRENCIES = List.of(
      Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("KWD"));

  @Test
  @DisplayName("allocate: the parts sum exactly to the total, and each is within one minor unit of its exact share")
  void allocate_sumsExactly() {
    qt().withExamples(2000).forAll(longs().between(-10_000_000_000L, 10_000_000_000L),
        lists().of(integers().between(0, 1000)).ofSizeBetween(1, 12), integers().between(0, 2))
        .assuming((units, weights, c) -> weights.stream().anyMatch(w -> w > 0))
        .checkAssert((units, weights, c) -> {
          Money total = Money.ofMinor(units, CURRENCIES.get(c));
          long[] w = weights.stream().mapToLong(Integer::longValue).toArray();
          List<Money> parts = total.allocate(w);
          assertThat(parts).hasSize(w.length);
          assertThat(parts.stream().reduce(Money.zero(total.currency()), Money::plus)).isEqualTo(total);
          long sumW = weights.stream().mapToLong(Integer::longValue).sum();
          for (int i = 0; i < w.length; i++) {
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(units).multiply(BigInteger.valueOf(w[i])))
                .divide(BigDecimal.valueOf(sumW), 10, java.math.RoundingMode.HALF_EVEN);
            assertThat(BigDecimal.valueOf(parts.get(i).minorUnits()).subtract(exact).abs())
                .isLessThan(BigDecimal.ONE);
            if (w[i] == 0) {
              assertThat(parts.get(i).isZero()).isTrue();
            }
          }
        });
  }

  @Test
  @DisplayName("plus and minus are inverse, and amounts round-trip through minor units")
  void plusMinus_inverse() {
    qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(-1_000_000_000L, 1_000_000_000L))
        .checkAssert((a, b) -> {
          Money x = Money.ofMinor(a, CURRENCIES.get(0));
          Money y = Money.ofMinor(b, CURRENCIES.get(0));
          assertThat(x.plus(y).minus(y)).isEqualTo(x);
          assertThat(Money.of(x.amount(), x.currency())).isEqualTo(x);
        });
  }
}
