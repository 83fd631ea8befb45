package dev.ecomops.core.order.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Address;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.RiskAssessment;
import dev.ecomops.core.order.RiskContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rule-based risk assessment")
class RuleBasedRiskAssessorTest {
  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final Sku TEE = Sku.of("TEE");
  static final Sku GIFT_CARD = Sku.of("GIFT-CARD");
  final RuleBasedRiskAssessor rules = RuleBasedRiskAssessor.withDefaults(Set.of(GIFT_CARD));

  static Order order(String id, Instant at, String amount, Sku sku, long qty, String street, String payment,
      String billing, String service) {
    return order("c1", id, at, amount, sku, qty, street, payment, billing, service);
  }

  static Order order(String customer, String id, Instant at, String amount, Sku sku, long qty, String street,
      String payment, String billing, String service) {
    return Order.builder().id(OrderId.of(id)).channel(Channel.WEB).customerId(customer)
        .shipTo(Address.builder().line1(street).city("Springfield").postalCode("12345").country("US").build())
        .paymentFingerprint(payment).billingCountry(billing).service(service).placedAt(at)
        .policy(AllocationPolicy.defaults()).version(1)
        .addLines(new OrderLineState(OrderLine.builder().lineId("1").sku(sku).quantity(qty)
            .unitPrice(Money.of(amount, "USD")).build(), LineStatus.PLACED, 0, 0, List.of()))
        .build();
  }

  static Order plain(String id, Instant at) {
    return order(id, at, "20.00", TEE, 1, "1 Main St", "card-1", "US", "standard");
  }

  @Test
  @DisplayName("an ordinary repeat order scores nothing")
  void ordinary() {
    RiskAssessment r = rules.assess(plain("o2", NOW), RiskContext.ofHistory(List.of(plain("o1", NOW.minus(Duration.ofDays(30))))));
    assertThat(r.score()).isZero();
    assertThat(r.reasons()).isEmpty();
  }

  @Test
  @DisplayName("three orders in the last day is velocity")
  void velocity() {
    List<Order> history = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      history.add(plain("o" + i, NOW.minus(Duration.ofHours(i))));
    }
    RiskAssessment r = rules.assess(plain("o9", NOW), RiskContext.ofHistory(history));
    assertThat(r.score()).isEqualTo(30);
    assertThat(r.reasons()).singleElement().asString().startsWith("velocity: 3 orders");
    assertThat(rules.assess(plain("o9", NOW), RiskContext.ofHistory(history.subList(0, 2))).score()).isZero();
  }

  @Test
  @DisplayName("many payment fingerprints in the window is churn")
  void churn() {
    List<Order> history = List.of(order("o1", NOW.minus(Duration.ofHours(1)), "20", TEE, 1, "1 Main St", "card-1", "US", "standard"),
        order("o2", NOW.minus(Duration.ofHours(2)), "20", TEE, 1, "1 Main St", "card-2", "US", "standard"));
    RiskAssessment r = rules.assess(order("o3", NOW, "20", TEE, 1, "1 Main St", "card-3", "US", "standard"),
        RiskContext.ofHistory(history));
    assertThat(r.reasons()).anyMatch(s -> s.startsWith("churn: 3 payment fingerprints"));
  }

  @Test
  @DisplayName("a value above three times the customer's average, a billing country mismatch, a gift-card order and a first express order each score")
  void eachRule() {
    Order big = order("o2", NOW, "100.00", TEE, 1, "1 Main St", "card-1", "US", "standard");
    assertThat(rules.assess(big, RiskContext.ofHistory(List.of(plain("o1", NOW.minus(Duration.ofDays(9)))))).score())
        .isEqualTo(20);
    Order abroad = order("o3", NOW, "20.00", TEE, 1, "1 Main St", "card-1", "FR", "standard");
    assertThat(rules.assess(abroad, RiskContext.ofHistory(List.of(plain("o1", NOW.minus(Duration.ofDays(9)))))).reasons())
        .containsExactly("billing country FR differs from shipping US");
    Order cards = order("o4", NOW, "50.00", GIFT_CARD, 4, "1 Main St", "card-1", "US", "standard");
    assertThat(rules.assess(cards, RiskContext.ofHistory(List.of(order("o1", NOW.minus(Duration.ofDays(9)), "50.00", TEE, 4,
        "1 Main St", "card-1", "US", "standard")))).reasons()).containsExactly("4 of 4 units are high-risk SKUs");
    Order express = order("o5", NOW, "20.00", TEE, 1, "1 Main St", "card-1", "US", "Express");
    assertThat(rules.assess(express, RiskContext.empty()).reasons()).containsExactly("first order, with Express shipping");
  }

  @Test
  @DisplayName("the rules add up, capped at 100")
  void combined() {
    Order all = order("o1", NOW, "500.00", GIFT_CARD, 2, "9 Far Rd", "card-9", "NG", "overnight");
    RiskAssessment r = rules.assess(all, RiskContext.empty());
    assertThat(r.score()).isEqualTo(20 + 20 + 15);
    assertThat(r.reasons()).hasSize(3);
  }

  @Test
  @DisplayName("one card or one address behind orders of three other customers in a day scores")
  void sharedAcrossCustomers() {
    List<Order> others = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      others.add(order("other-" + i, "x" + i, NOW.minus(Duration.ofHours(i)), "20.00", TEE, 1, "7 Drop Ln", "card-x", "US",
          "standard"));
    }
    Order mine = order("o1", NOW, "20.00", TEE, 1, "7 Drop Ln", "card-x", "US", "standard");
    RiskAssessment byCard = rules.assess(mine, new RiskContext(List.of(), others, List.of()));
    assertThat(byCard.reasons()).anyMatch(s -> s.startsWith("shared: 3 orders of other customers with this payment"));
    RiskAssessment byAddress = rules.assess(mine, new RiskContext(List.of(), List.of(), others));
    assertThat(byAddress.score()).isEqualTo(30);
    assertThat(rules.assess(mine, new RiskContext(List.of(), others.subList(0, 2), others.subList(0, 2))).score()).isZero();
  }

  @Test
  @DisplayName("thresholds below 1 are refused naming the field")
  void badThresholds() {
    assertThatThrownBy(() -> RuleBasedRiskAssessor.of(Duration.ZERO, 3, 2, BigDecimal.ONE, Set.of(), Set.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("window");
    assertThatThrownBy(() -> RuleBasedRiskAssessor.of(Duration.ofHours(1), 0, 2, BigDecimal.ONE, Set.of(), Set.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("maxOrdersInWindow");
  }
}
