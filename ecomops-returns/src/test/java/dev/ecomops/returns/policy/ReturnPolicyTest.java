package dev.ecomops.returns.policy;

import static dev.ecomops.returns.Orders.delivered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.Orders;
import dev.ecomops.returns.policy.LineDecision.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Return policy")
class ReturnPolicyTest {
  static final LocalDate DELIVERED = LocalDate.parse("2026-11-02");
  static final Order ORDER = delivered(Orders.line("1", "TEE", 3, "20.00", "0.00", "3.60"),
      Orders.line("2", "MUG", 1, "12.00", "0.00", "0.00"), Orders.line("3", "SOCKS", 2, "5.00", "0.00", "0.00"),
      Orders.line("4", "SALE-TEE", 1, "8.00", "0.00", "0.00"));
  static final Map<Sku, String> CATEGORIES = Map.of(Sku.of("TEE"), "apparel", Sku.of("SOCKS"), "underwear",
      Sku.of("MUG"), "home", Sku.of("SALE-TEE"), "apparel");
  static final ReturnPolicy POLICY = ReturnPolicy.builder().windowDays(30).internationalExtraDays(14)
      .categoryWindow("home", 60).finalSaleCategory("underwear").finalSaleSku(Sku.of("SALE-TEE"))
      .categoryConditions("home", EnumSet.of(ItemCondition.UNOPENED)).restockingPercent(new BigDecimal("10"))
      .keepItShare(new BigDecimal("0.5")).exchangeFirst(true).merchantPaysShipping(false).build();
  static final Money LABEL = Money.of("7.00", "USD");

  static LineDecision decide(String requested, boolean international, ReturnRequest.Line line) {
    return POLICY.evaluate(ORDER, DELIVERED, new ReturnRequest(OrderId.of("1001"), LocalDate.parse(requested),
        international, List.of(line)), CATEGORIES, Map.of(), LABEL).get(0);
  }

  static ReturnRequest.Line line(String id, long q, ReturnReason reason, ItemCondition condition) {
    return new ReturnRequest.Line(id, q, reason, condition);
  }

  @Test
  @DisplayName("each rule decides and names itself: quantity, final sale, window, condition, approved with a fee")
  void rules() {
    assertThat(decide("2026-11-10", false, line("1", 4, ReturnReason.DOES_NOT_FIT, ItemCondition.OPENED)).rule())
        .isEqualTo("quantity");
    assertThat(decide("2026-11-10", false, line("3", 1, ReturnReason.CHANGED_MIND, ItemCondition.UNOPENED)).rule())
        .isEqualTo("final-sale");
    assertThat(decide("2026-11-10", false, line("4", 1, ReturnReason.CHANGED_MIND, ItemCondition.UNOPENED)).rule())
        .isEqualTo("final-sale");
    // 30 days after 2 November is 2 December
    assertThat(decide("2026-12-02", false, line("1", 1, ReturnReason.CHANGED_MIND, ItemCondition.OPENED)).outcome())
        .isEqualTo(Outcome.APPROVED);
    LineDecision late = decide("2026-12-03", false, line("1", 1, ReturnReason.CHANGED_MIND, ItemCondition.OPENED));
    assertThat(late.rule()).isEqualTo("window");
    assertThat(late.explanation()).contains("2026-12-02");
    // international: 14 more days
    assertThat(decide("2026-12-10", true, line("1", 1, ReturnReason.CHANGED_MIND, ItemCondition.OPENED)).outcome())
        .isEqualTo(Outcome.APPROVED);
    // home: 60 days, unopened only
    assertThat(decide("2026-12-20", false, line("2", 1, ReturnReason.CHANGED_MIND, ItemCondition.UNOPENED)).outcome())
        .isEqualTo(Outcome.APPROVED);
    assertThat(decide("2026-11-10", false, line("2", 1, ReturnReason.CHANGED_MIND, ItemCondition.OPENED)).rule())
        .isEqualTo("condition");
    LineDecision ok = decide("2026-11-10", false, line("1", 2, ReturnReason.DOES_NOT_FIT, ItemCondition.OPENED));
    // 10% of 2 × 20.00
    assertThat(ok.restockingFee()).isEqualTo(Money.of("4.00", "USD"));
    assertThat(ok.customerPaysShipping()).isTrue();
    assertThat(ok.offerExchange()).isTrue();
  }

  @Test
  @DisplayName("seller fault: final sale and condition do not apply, the defect window does, no fee, merchant ships, keep-it when the label costs more than half")
  void sellerFault() {
    LineDecision socks = decide("2026-11-10", false, line("3", 1, ReturnReason.DEFECTIVE, ItemCondition.USED));
    // the label (7.00) costs more than half of 5.00: keep it
    assertThat(socks.outcome()).isEqualTo(Outcome.KEEP_IT);
    assertThat(socks.rule()).isEqualTo("keep-it");
    LineDecision tee = decide("2027-06-01", false, line("1", 1, ReturnReason.WRONG_ITEM, ItemCondition.USED));
    assertThat(tee.outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(tee.restockingFee().isZero()).isTrue();
    assertThat(tee.customerPaysShipping()).isFalse();
    assertThat(tee.explanation()).contains("waived");
    assertThat(decide("2027-11-03", false, line("1", 1, ReturnReason.DEFECTIVE, ItemCondition.USED)).rule())
        .isEqualTo("window");
  }

  @Test
  @DisplayName("the merchant can take return shipping on itself for chosen reasons")
  void shippingByReason() {
    ReturnPolicy fits = ReturnPolicy.builder().merchantPaysShippingFor(java.util.Set.of(ReturnReason.DOES_NOT_FIT)).build();
    ReturnRequest request = new ReturnRequest(OrderId.of("1001"), LocalDate.parse("2026-11-10"), false,
        List.of(line("1", 1, ReturnReason.DOES_NOT_FIT, ItemCondition.OPENED),
            line("1", 1, ReturnReason.CHANGED_MIND, ItemCondition.OPENED)));
    List<LineDecision> d = fits.evaluate(ORDER, DELIVERED, request, CATEGORIES, Map.of(), LABEL);
    assertThat(d).extracting(LineDecision::customerPaysShipping).containsExactly(false, true);
  }

  @Test
  @DisplayName("earlier returns count against the quantity; unknown lines and bad settings are refused naming the field")
  void bad() {
    LineDecision d = POLICY.evaluate(ORDER, DELIVERED, new ReturnRequest(OrderId.of("1001"), LocalDate.parse("2026-11-10"),
        false, List.of(line("1", 2, ReturnReason.DOES_NOT_FIT, ItemCondition.OPENED))), CATEGORIES, Map.of("1", 2L), LABEL)
        .get(0);
    assertThat(d.rule()).isEqualTo("quantity");
    assertThatThrownBy(() -> decide("2026-11-10", false, line("9", 1, ReturnReason.DEFECTIVE, ItemCondition.USED)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("lineId");
    assertThatThrownBy(() -> ReturnPolicy.builder().restockingPercent(new BigDecimal("120")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("restockingPercent");
    assertThatThrownBy(() -> line("1", 0, ReturnReason.DEFECTIVE, ItemCondition.USED))
        .isInstanceOf(ValidationException.class).hasMessageContaining("quantity");
  }
}
