package dev.ecomops.supply.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.SupplyEvent;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.supply.memory.InMemoryPurchaseOrderRepository;
import dev.ecomops.supply.purchase.Arrival;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.service.PurchaseOrders;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Supplier scorecard")
class SupplierScorecardTest {

  @Test
  @DisplayName("worked by hand: on time, in full, OTIF, fill and defect rates from real receipts")
  void scorecard() {
    LocationId dc = LocationId.of("DC");
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-26T10:00:00Z"));
    StockKeeper keeper = StockKeeper.builder().catalog(InMemoryCatalog.create()
        .add(Location.builder().id(dc).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
        .add(Product.builder().sku(Sku.of("TEE")).name("tee").build())
        .add(Product.builder().sku(Sku.of("MUG")).name("mug").build())).store(InMemoryInventoryStore.create()).clock(clock)
        .build();
    InMemoryEventLog log = InMemoryEventLog.create();
    InMemoryPurchaseOrderRepository repo = new InMemoryPurchaseOrderRepository();
    PurchaseOrders pos = new PurchaseOrders(repo, keeper, log, clock);
    pos.create(PurchaseOrder.draft(PurchaseOrderId.of("PO-1"), "ACME", dc, List.of(
        PurchaseOrder.Line.of("1", Sku.of("TEE"), 100, Money.of("4.00", "USD")),
        PurchaseOrder.Line.of("2", Sku.of("MUG"), 50, Money.of("2.00", "USD")))));
    pos.send(PurchaseOrderId.of("PO-1"));
    pos.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", LocalDate.parse("2026-11-30"), "2", LocalDate.parse("2026-11-30")));
    clock.advance(Duration.ofDays(3)); // 29 November: on time
    pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R1", "1", 98).withDamaged(2).withQualityHold());
    pos.inspect(PurchaseOrderId.of("PO-1"), "1", dc, 97, 1, null, "QC-1"); // one more fails inspection
    clock.advance(Duration.ofDays(3)); // 2 December: late, and short
    pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R2", "2", 40));
    // quoted 3.80 a tee at 100 (paid 4.00), 2.00 a mug (paid 2.00)
    List<SupplierOffer> quotes = List.of(offer("TEE", "3.80"), offer("MUG", "2.00"));
    SupplierScorecard s = SupplierScorecard.of("ACME", List.of(repo.find(PurchaseOrderId.of("PO-1")).orElseThrow()),
        log.events(SupplyEvent.class), quotes, Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
        ZoneOffset.UTC);
    assertThat(s.receipts()).isEqualTo(2);
    assertThat(s.onTimeRate()).isEqualTo(0.5);
    // line 1 is in full (98 + 2 damaged), line 2 is not (40 of 50)
    assertThat(s.inFullRate()).isEqualTo(0.5);
    assertThat(s.otifRate()).isEqualTo(0.5);
    // good 138 of 150 ordered; 2 damaged and 1 failed of 140 received
    assertThat(s.fillRate()).isCloseTo(138.0 / 150, within(1e-12));
    assertThat(s.defectRate()).isCloseTo(3.0 / 140, within(1e-12));
    // sent 26 November 10:00; receipts after 3 and 6 days
    assertThat(s.leadTimeMeanDays()).isCloseTo(4.5, within(1e-12));
    assertThat(s.leadTimeSdDays()).isCloseTo(Math.sqrt(4.5), within(1e-12));
    // paid 4.00 × 98 + 2.00 × 40 = 472.00 against quotes 3.80 × 98 + 2.00 × 40 = 452.40
    assertThat(s.priceVariance()).isCloseTo(472.0 / 452.4 - 1, within(1e-12));
  }

  static SupplierOffer offer(String sku, String price) {
    return new SupplierOffer("ACME", Sku.of(sku), "A-" + sku, List.of(new SupplierOffer.PriceBreak(1, Money.of(price,
        "USD"))), 0, 1, 5, 1, 0.9, true);
  }
}
