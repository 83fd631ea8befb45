package dev.ecomops.supply.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.stat.SafetyStock;
import dev.ecomops.supply.sourcing.SupplierOffer.PriceBreak;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Supplier choice")
class SupplierChoiceTest {
  static final Sku TEE = Sku.of("TEE");
  static final SupplierOffer NEAR = new SupplierOffer("NEAR", TEE, "N-1", List.of(new PriceBreak(1, Money.of("5.00", "USD")),
      new PriceBreak(100, Money.of("4.50", "USD"))), 0, 10, 10, 1, 0.95, true);
  static final SupplierOffer FAR = new SupplierOffer("FAR", TEE, "F-77", List.of(new PriceBreak(1, Money.of("4.60", "USD"))),
      100, 50, 20, 4, 0.90, false);
  static final SupplierChoice CHOICE = new SupplierChoice(0.95, Money.of("0.01", "USD"), Money.of("2.00", "USD"));

  @Test
  @DisplayName("quantities round to each supplier's minimum and case pack, at the price break they reach")
  void quantities() {
    assertThat(NEAR.orderQuantity(91)).isEqualTo(100);
    assertThat(NEAR.unitCost(100)).isEqualTo(Money.of("4.50", "USD"));
    assertThat(NEAR.unitCost(99)).isEqualTo(Money.of("5.00", "USD"));
    assertThat(FAR.orderQuantity(30)).isEqualTo(100);
    assertThat(FAR.orderQuantity(0)).isZero();
  }

  @Test
  @DisplayName("each candidate is costed (purchase, lead-time buffer, late risk) and the lowest per unit wins, with the figures")
  void choose() {
    // 90 units at 10 a day: NEAR ships 90 at 5.00; FAR must ship 100 at 4.60
    SupplierChoice.Choice c = CHOICE.choose(90, 10, List.of(NEAR, FAR));
    SupplierChoice.Candidate near = c.candidates().stream().filter(x -> x.offer() == NEAR).findFirst().orElseThrow();
    SupplierChoice.Candidate far = c.candidates().stream().filter(x -> x.offer() == FAR).findFirst().orElseThrow();
    assertThat(near.purchase()).isEqualTo(Money.of("450.00", "USD"));
    assertThat(far.purchase()).isEqualTo(Money.of("460.00", "USD"));
    // buffer: 0.01 × z·10·σ_L × days the order lasts (9 and 10)
    double nearSafety = SafetyStock.forCycleServiceLevel(10 * 1, 0.95);
    assertThat(near.buffer()).isEqualTo(Money.of(BigDecimal.valueOf(0.01 * nearSafety * 9).setScale(2, RoundingMode.HALF_UP)
        .toPlainString(), "USD"));
    // late: 2.00 × 5% × 90 = 9.00; 2.00 × 10% × 100 = 20.00
    assertThat(near.unreliability()).isEqualTo(Money.of("9.00", "USD"));
    assertThat(far.unreliability()).isEqualTo(Money.of("20.00", "USD"));
    // FAR is cheaper per unit despite the bigger buffer and the late risk
    assertThat(c.chosen().offer().supplier()).isEqualTo("FAR");
    assertThat(c.chosen().reasoning()).contains("FAR: 100 units at 4.60 USD");
    // at 100 units NEAR reaches its 4.50 break and wins
    assertThat(CHOICE.choose(100, 10, List.of(NEAR, FAR)).chosen().offer().supplier()).isEqualTo("NEAR");
  }

  @Test
  @DisplayName("single-source SKUs and suppliers carrying too much spend are flagged")
  void risk() {
    Sku mug = Sku.of("MUG");
    SupplierOffer mugOnly = new SupplierOffer("NEAR", mug, "N-2", List.of(new PriceBreak(1, Money.of("2.00", "USD"))), 0, 1,
        5, 0, 1, true);
    assertThat(SourcingRisk.singleSourced(List.of(NEAR, FAR, mugOnly))).containsExactly(mug);
    // spend: NEAR 900, FAR 100 → NEAR carries 90%
    assertThat(SourcingRisk.concentrated(java.util.Map.of("NEAR", Money.of("900.00", "USD"), "FAR",
        Money.of("100.00", "USD")), 0.5)).containsExactly("NEAR");
  }

  @Test
  @DisplayName("bad offers and choices are refused naming the field")
  void bad() {
    assertThatThrownBy(() -> new SupplierOffer("X", TEE, "x", List.of(), 0, 1, 1, 0, 1, true))
        .isInstanceOf(ValidationException.class).hasMessageContaining("priceBreaks");
    assertThatThrownBy(() -> new SupplierOffer("X", TEE, "x", NEAR.priceBreaks(), 0, 0, 1, 0, 1, true))
        .isInstanceOf(ValidationException.class).hasMessageContaining("casePack");
    assertThatThrownBy(() -> CHOICE.choose(10, 1, List.of())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("offers");
  }
}
