package dev.ecomops.supply.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.PoStatus;
import dev.ecomops.core.event.SupplyEvent;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderReceived;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderStatusChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lead time")
class LeadTimeTest {
  static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
  static final Instant END = Instant.parse("2027-01-01T00:00:00Z");

  static List<SupplyEvent> history() {
    // PO-1 sent day 0, received after 10 and 12 days; PO-2 sent day 20, received after 14 days; another supplier's noise
    return List.of(
        new PurchaseOrderStatusChanged(PurchaseOrderId.of("PO-1"), "ACME", PoStatus.DRAFT, PoStatus.SENT, T0),
        new PurchaseOrderStatusChanged(PurchaseOrderId.of("PO-2"), "ACME", PoStatus.DRAFT, PoStatus.SENT, T0.plusSeconds(20 * 86_400)),
        new PurchaseOrderStatusChanged(PurchaseOrderId.of("PO-9"), "OTHER", PoStatus.DRAFT, PoStatus.SENT, T0),
        received("PO-1", "ACME", 10), received("PO-1", "ACME", 12), received("PO-2", "ACME", 34),
        received("PO-9", "OTHER", 60), received("PO-7", "ACME", 50)); // PO-7 was never seen sent: not timed
  }

  static PurchaseOrderReceived received(String po, String supplier, int day) {
    return new PurchaseOrderReceived(PurchaseOrderId.of(po), supplier, "R-" + po + "-" + day, Sku.of("TEE"), 10, 0, LocalDate.parse("2026-10-10"),
        T0.plusSeconds(day * 86_400L));
  }

  @Test
  @DisplayName("learned from sending to each receipt: mean and sample deviation by hand; nothing timed is empty")
  void learned() {
    LeadTime lt = LeadTime.learned("ACME", history(), T0, END).orElseThrow();
    assertThat(lt.observations()).isEqualTo(3);
    assertThat(lt.meanDays()).isCloseTo(12, within(1e-9));
    assertThat(lt.sdDays()).isCloseTo(2, within(1e-9)); // deviations -2, 0, 2: (4 + 0 + 4) / 2 = 4
    assertThat(LeadTime.learned("ACME", history(), T0.plusSeconds(11 * 86_400), END).orElseThrow().observations())
        .isEqualTo(2);
    assertThat(LeadTime.learned("NOBODY", history(), T0, END)).isEmpty();
  }

  @Test
  @DisplayName("blended with the stated terms as a credibility mixture: weights by hand, disagreement widens it")
  void blend() {
    LeadTime stated = LeadTime.stated(7, 1);
    LeadTime learned = new LeadTime(12, 2, 3);
    LeadTime plan = LeadTime.learn(stated, learned, 1);
    // mean (1×7 + 3×12)/4 = 10.75; variance (1×(1 + 3.75²) + 3×(4 + 1.25²))/4 = (15.0625 + 16.6875)/4 = 7.9375
    assertThat(plan.meanDays()).isCloseTo(10.75, within(1e-12));
    assertThat(plan.sdDays()).isCloseTo(Math.sqrt(7.9375), within(1e-12));
    assertThat(plan.sdDays()).isGreaterThan(learned.sdDays());
    // no prior weight: what was learned; no observations: what was stated
    assertThat(LeadTime.learn(stated, learned, 0).meanDays()).isCloseTo(12, within(1e-12));
    assertThat(LeadTime.learn(stated, new LeadTime(12, 2, 0), 5)).isEqualTo(stated);
    assertThatThrownBy(() -> LeadTime.learn(stated, learned, -1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("priorWeight");
    assertThatThrownBy(() -> LeadTime.stated(0, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("meanDays");
  }

  @Test
  @DisplayName("an offer planned with the learned lead time; suppliers name their terms and refuse offers in another currency")
  void offersAndSuppliers() {
    SupplierOffer stated = SupplierScorecardTest.offer("TEE", "3.80");
    LeadTime plan = LeadTime.learn(stated.leadTime(), LeadTime.learned("ACME", history(), T0, END).orElseThrow(), 2);
    SupplierOffer learned = stated.withLeadTime(plan);
    assertThat(learned.leadTimeDays()).isCloseTo((2 * 5 + 3 * 12) / 5.0, within(1e-12));
    assertThat(learned.supplierSku()).isEqualTo(stated.supplierSku());
    Supplier acme = new Supplier("ACME", "Acme Textiles", java.util.Currency.getInstance("USD"), "VN", 30);
    assertThat(acme.offers(List.of(stated, learned))).hasSize(2);
    Supplier euro = new Supplier("ACME", "Acme Textiles", java.util.Currency.getInstance("EUR"), "VN", 30);
    assertThatThrownBy(() -> euro.offers(List.of(stated))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("priceBreaks");
    assertThatThrownBy(() -> new Supplier("ACME", "x", java.util.Currency.getInstance("USD"), "XX", 30))
        .isInstanceOf(ValidationException.class).hasMessageContaining("shipFrom");
    assertThatThrownBy(() -> new Supplier("ACME", "x", java.util.Currency.getInstance("USD"), "US", -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("paymentTermsDays");
  }
}
