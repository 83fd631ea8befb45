package dev.ecomops.returns.refund;

import static dev.ecomops.returns.Orders.delivered;
import static dev.ecomops.returns.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.Order;
import dev.ecomops.returns.policy.LineDecision;
import dev.ecomops.returns.policy.LineDecision.Outcome;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Refunds")
class RefundCalculatorTest {
  static final Money ZERO = Money.of("0.00", "USD");

  static LineDecision approved(String id, long q, String fee, boolean customerPays, boolean fault) {
    return new LineDecision(id, q, Outcome.APPROVED, "approved", "", Money.of(fee, "USD"), customerPays, false, fault);
  }

  @Test
  @DisplayName("worked by hand: units share the line's discount and tax exactly, the fee and label come off, store credit adds its bonus")
  void byHand() {
    // 3 tees at 10.00, discount 1.00, tax 2.00: total 31.00 → units 10.34, 10.33, 10.33
    Order order = delivered(line("1", "TEE", 3, "10.00", "1.00", "2.00"), line("2", "MUG", 1, "9.00", "0.00", "0.00"));
    Refund r = RefundCalculator.refund(order, List.of(approved("1", 2, "1.00", true, false)), Map.of(),
        Money.of("5.00", "USD"), Money.of("4.00", "USD"), false, BigDecimal.ZERO);
    assertThat(r.lines().get(0).paid()).isEqualTo(Money.of("20.67", "USD"));
    assertThat(r.lines().get(0).refund()).isEqualTo(Money.of("19.67", "USD"));
    assertThat(r.labelDeduction()).isEqualTo(Money.of("4.00", "USD"));
    assertThat(r.shippingRefund()).isEqualTo(ZERO);
    assertThat(r.total()).isEqualTo(Money.of("15.67", "USD"));
    // the third unit, returned later as defective: 10.33, and its share of shipping (5.00 × 31/40 = 3.875 → 3.88 over 3 units)
    Refund later = RefundCalculator.refund(order, List.of(approved("1", 1, "0.00", false, true)), Map.of("1", 2L),
        Money.of("5.00", "USD"), Money.of("4.00", "USD"), true, new BigDecimal("10"));
    assertThat(later.lines().get(0).paid()).isEqualTo(Money.of("10.33", "USD"));
    assertThat(later.shippingRefund()).isEqualTo(Money.of("1.29", "USD"));
    assertThat(later.storeCreditBonus()).isEqualTo(Money.of("1.16", "USD"));
    assertThat(later.total()).isEqualTo(Money.of("12.78", "USD"));
  }

  @Test
  @DisplayName("returning an order in any pieces never refunds more than was paid, and returning everything for a fault gives it all back exactly")
  void neverMoreThanPaid() {
    qt().forAll(lists().of(integers().between(1, 3)).ofSizeBetween(1, 6), integers().between(0, 2_000), booleans().all())
        .checkAssert((pieces, shippingCents, fault) -> {
          Order order = delivered(line("1", "TEE", 4, "19.99", "3.01", "2.37"), line("2", "MUG", 3, "7.25", "0.00", "1.31"));
          Money shipping = Money.ofMinor(shippingCents, Money.currency("USD"));
          Money paid = order.total().plus(shipping);
          Map<String, Long> returned = new HashMap<>();
          Money refunded = ZERO;
          int turn = 0;
          for (int piece : pieces) {
            String id = turn++ % 2 == 0 ? "1" : "2";
            long left = order.line(id).line().quantity() - returned.getOrDefault(id, 0L);
            long q = Math.min(piece, left);
            if (q == 0) {
              continue;
            }
            Refund r = RefundCalculator.refund(order, List.of(approved(id, q, "0.00", false, fault)), returned, shipping,
                ZERO, false, BigDecimal.ZERO);
            assertThat(r.total().compareTo(r.lines().get(0).paid().plus(shipping))).isLessThanOrEqualTo(0);
            refunded = refunded.plus(r.total());
            returned.merge(id, q, Long::sum);
          }
          assertThat(refunded.compareTo(paid)).isLessThanOrEqualTo(0);
          // return whatever is left: then everything paid is back (shipping only for a fault)
          for (String id : List.of("1", "2")) {
            long left = order.line(id).line().quantity() - returned.getOrDefault(id, 0L);
            if (left > 0) {
              refunded = refunded.plus(RefundCalculator.refund(order, List.of(approved(id, left, "0.00", false, fault)),
                  returned, shipping, ZERO, false, BigDecimal.ZERO).total());
              returned.merge(id, left, Long::sum);
            }
          }
          assertThat(refunded).isEqualTo(fault ? paid : order.total());
        });
  }

  @Test
  @DisplayName("property: a unit's share in closed form equals splitting the amount over every unit by largest remainder")
  void units_closedFormMatchesAllocation() {
    qt().forAll(integers().between(-100_000, 100_000), integers().between(1, 60), integers().between(0, 1_000),
        integers().between(0, 1_000)).checkAssert((cents, of, a, b) -> {
          int from = a % (of + 1);
          int count = b % (of - from + 1);
          Money amount = Money.ofMinor(cents, Money.currency("USD"));
          Money expected = Money.zero(amount.currency());
          if (!amount.isZero()) {
            long[] ones = new long[of];
            java.util.Arrays.fill(ones, 1);
            List<Money> parts = amount.allocate(ones);
            for (int u = from; u < from + count; u++) {
              expected = expected.plus(parts.get(u));
            }
          }
          assertThat(RefundCalculator.units(amount, of, from, count)).isEqualTo(expected);
        });
  }

  @Test
  @DisplayName("a line of 200,000,000 units is refunded in constant memory: the shares add up to what was paid")
  void hugeQuantity() {
    Order order = delivered(line("1", "TEE", 200_000_000, "0.07", "0.00", "0.00"));
    Refund r = RefundCalculator.refund(order, List.of(approved("1", 150_000_000, "0.00", false, false)),
        Map.of("1", 50_000_000L), ZERO, ZERO, false, BigDecimal.ZERO);
    assertThat(r.total()).isEqualTo(Money.of("10500000.00", "USD"));
  }

  @Test
  @DisplayName("a line named twice in one request is counted twice: 2 + 2 of a 3-unit line is refused")
  void lineNamedTwice_refused() {
    Order order = delivered(line("1", "TEE", 3, "10.00", "0.00", "0.00"));
    assertThatThrownBy(() -> RefundCalculator.refund(order, List.of(approved("1", 2, "0.00", false, false),
        approved("1", 2, "0.00", false, false)), Map.of(), ZERO, ZERO, false, BigDecimal.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("alreadyReturned");
    Refund both = RefundCalculator.refund(order, List.of(approved("1", 2, "0.00", false, false),
        approved("1", 1, "0.00", false, false)), Map.of(), ZERO, ZERO, false, BigDecimal.ZERO);
    assertThat(both.total()).isEqualTo(Money.of("30.00", "USD"));
  }

  @Test
  @DisplayName("negative label cost, fee, shipping or earlier returns, and a bonus outside 0 to 100, are refused naming the field")
  void negativeInputs_refused() {
    Order order = delivered(line("1", "TEE", 3, "10.00", "0.00", "0.00"));
    List<LineDecision> one = List.of(approved("1", 1, "0.00", true, false));
    Money minus = Money.of("-5.00", "USD");
    assertThatThrownBy(() -> RefundCalculator.refund(order, one, Map.of(), ZERO, minus, false, BigDecimal.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("labelCost");
    assertThatThrownBy(() -> RefundCalculator.refund(order, one, Map.of(), minus, ZERO, false, BigDecimal.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("shippingPaid");
    assertThatThrownBy(() -> RefundCalculator.refund(order, List.of(approved("1", 1, "-1.00", false, false)), Map.of(),
        ZERO, ZERO, false, BigDecimal.ZERO)).isInstanceOf(ValidationException.class).hasMessageContaining("restockingFee");
    assertThatThrownBy(() -> RefundCalculator.refund(order, one, Map.of("1", -5L), ZERO, ZERO, false, BigDecimal.ZERO))
        .isInstanceOf(ValidationException.class).hasMessageContaining("alreadyReturned[1]");
    assertThatThrownBy(() -> RefundCalculator.refund(order, one, Map.of(), ZERO, ZERO, true, new BigDecimal("101")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("bonusPercent");
  }
}
