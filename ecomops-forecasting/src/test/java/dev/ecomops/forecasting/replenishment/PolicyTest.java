package dev.ecomops.forecasting.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Replenishment policies and purchase suggestions")
class PolicyTest {

  @Test
  @DisplayName("(s, Q) orders enough multiples of Q to lift the position above s, nothing above s")
  void sQ() {
    Policy p = new Policy.ReorderPointQuantity(100, 50);
    assertThat(p.orderFor(101, false)).isZero();
    assertThat(p.orderFor(100, false)).isEqualTo(50);
    assertThat(p.orderFor(20, false)).as("80 below s: two Qs reach 120").isEqualTo(100);
  }

  @Test
  @DisplayName("(s, S) orders up to S at or below s; (R, S) orders up to S at reviews only")
  void sSAndRS() {
    assertThat(new Policy.ReorderPointOrderUpTo(100, 300).orderFor(90, false)).isEqualTo(210);
    assertThat(new Policy.ReorderPointOrderUpTo(100, 300).orderFor(150, false)).isZero();
    assertThat(new Policy.PeriodicOrderUpTo(300).orderFor(120, true)).isEqualTo(180);
    assertThat(new Policy.PeriodicOrderUpTo(300).orderFor(120, false)).isZero();
    assertThatThrownBy(() -> new Policy.ReorderPointOrderUpTo(100, 100)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("orderUpTo");
  }

  @Test
  @DisplayName("the position counts on order and takes off reserved; quantities round up to MOQ and case packs")
  void suggestion() {
    // on hand 80 + on order 30 - reserved 40 = 70; up to 300: 230 -> case pack 24 -> 240
    PurchaseSuggestion s = PurchaseSuggestion.of("TEE", "DC", new Policy.ReorderPointOrderUpTo(100, 300), 80, 30, 40,
        false, new SupplierTerms("ACME", 2, 0, 100, 24));
    assertThat(s.supplier()).isEqualTo("ACME");
    assertThat(s.position()).isEqualTo(70);
    assertThat(s.policyQuantity()).isEqualTo(230);
    assertThat(s.quantity()).isEqualTo(240);
    assertThat(PurchaseSuggestion.round(10, 100, 24)).as("minimum 100, then 5 cases").isEqualTo(120);
    assertThat(PurchaseSuggestion.round(0, 100, 24)).isZero();
    assertThatThrownBy(() -> PurchaseSuggestion.round(1, 0, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("casePack");
    assertThatThrownBy(() -> new SupplierTerms("ACME", 2, -1, 0, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("leadTimeSd");
    assertThatThrownBy(() -> new SupplierTerms("ACME", 0, 0, 0, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("leadTime");
  }
}
