package dev.ecomops.supply.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sourcing risk buffer advice")
class SourcingRiskTest {

  @Test
  @DisplayName("worked by hand: safety stock with lead-time variability, and the part that variability causes")
  void buffer() {
    SupplierOffer risky = new SupplierOffer("FAR", Sku.of("TEE"), "F-1", List.of(new SupplierOffer.PriceBreak(1,
        Money.of("3.00", "USD"))), 0, 1, 9, 2, 0.7, true);
    // demand 10 ± 3 a day, lead time 9 ± 2 days: σ = √(9·9 + 100·4) = √481; steady σ = √81 = 9; z(95%) = 1.644854
    SourcingRisk.BufferAdvice a = SourcingRisk.buffer(risky, 10, 3, 0.95);
    double z = 1.6448536269514722;
    assertThat(a.safetyStock()).isCloseTo(z * Math.sqrt(481), within(1e-6));
    assertThat(a.dueToLeadTime()).isCloseTo(z * (Math.sqrt(481) - 9), within(1e-6));
    assertThat(a.reason()).contains("FAR lead time 9.0 ± 2.0 days", "hold 36 units", "21 of them");
    SupplierOffer steady = risky.withLeadTime(LeadTime.stated(9, 0));
    assertThat(SourcingRisk.buffer(steady, 10, 3, 0.95).dueToLeadTime()).isZero();
  }
}
