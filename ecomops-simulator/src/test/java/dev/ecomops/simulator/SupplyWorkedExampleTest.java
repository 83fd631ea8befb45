package dev.ecomops.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.forecasting.replenishment.Policy;
import dev.ecomops.forecasting.replenishment.PurchaseSuggestion;
import dev.ecomops.forecasting.replenishment.SupplierTerms;
import dev.ecomops.supply.memory.InMemoryPurchaseOrderRepository;
import dev.ecomops.supply.purchase.Arrival;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.service.PurchaseOrders;
import dev.ecomops.supply.sourcing.PurchasePlan;
import dev.ecomops.supply.sourcing.SupplierChoice;
import dev.ecomops.supply.sourcing.SupplierOffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's "Supply in code" walk-through, step for step: suggestion → purchase order → notice → receipts → available to promise. */
@DisplayName("Supply worked example (README)")
class SupplyWorkedExampleTest {

  @Test
  @DisplayName("from a replenishment suggestion to purchase orders to receipts to available-to-promise by date")
  void walkThrough() {
    Sku tee = Sku.of("TEE");
    LocationId dc = LocationId.of("DC");
    ManualClock clock = ManualClock.at(Instant.parse("2026-11-26T09:00:00Z"));
    StockKeeper keeper = StockKeeper.builder().catalog(InMemoryCatalog.create()
        .add(Location.builder().id(dc).name("DC").country("US").position(GeoPoint.of(40.7, -74.0)).build())
        .add(Product.builder().sku(tee).name("Tee").build())).store(InMemoryInventoryStore.create()).clock(clock).build();
    PurchaseOrders pos = new PurchaseOrders(new InMemoryPurchaseOrderRepository(), keeper, InMemoryEventLog.create(), clock);

    // 1. Replenishment: (s, Q) with reorder point 120 and lot 300; 40 on hand, none on order
    PurchaseSuggestion s = PurchaseSuggestion.of("TEE", "DC", new Policy.ReorderPointQuantity(120, 300), 40, 0, 0, false,
        new SupplierTerms("any", 10, 2, 0, 1));
    assertThat(s.quantity()).isEqualTo(300);

    // 2. Supplier choice: ACME is cheaper per unit from 500, BETA is dearer but steadier
    SupplierOffer acme = new SupplierOffer("ACME", tee, "AC-TEE", List.of(new SupplierOffer.PriceBreak(1,
        Money.of("4.00", "USD")), new SupplierOffer.PriceBreak(500, Money.of("3.50", "USD"))), 100, 50, 14, 6, 0.80, true);
    SupplierOffer beta = new SupplierOffer("BETA", tee, "B-77", List.of(new SupplierOffer.PriceBreak(1,
        Money.of("4.10", "USD"))), 0, 12, 7, 1, 0.98, false);
    SupplierChoice.Choice choice = new SupplierChoice(0.95, Money.of("0.01", "USD"), Money.of("1.00", "USD"))
        .choose(s.quantity(), 30, List.of(acme, beta));
    assertThat(choice.chosen().offer().supplier()).isEqualTo("BETA");
    assertThat(choice.chosen().quantity()).isEqualTo(300); // 25 cases of 12

    // 3. Purchase order: drafted, sent, confirmed for 7 December
    PurchaseOrder po = pos.create(PurchasePlan.drafts("PO-", List.of(new PurchasePlan.Buy(dc, choice))).get(0));
    assertThat(po.id()).isEqualTo(PurchaseOrderId.of("PO-BETA-DC"));
    pos.send(po.id());
    pos.confirm(po.id(), Map.of("1", LocalDate.parse("2026-12-07")));
    StockKey teeAtDc = StockKey.of(tee, dc);
    assertThat(keeper.availableOn(teeAtDc, LocalDate.parse("2026-12-06"))).isZero();
    assertThat(keeper.availableOn(teeAtDc, LocalDate.parse("2026-12-07"))).isEqualTo(300);

    // 4. An advance shipping notice: 180 arrive early, on 3 December
    pos.notice(po.id(), "ASN-1", LocalDate.parse("2026-12-03"), Map.of("1", 180L));
    assertThat(keeper.availableOn(teeAtDc, LocalDate.parse("2026-12-03"))).isEqualTo(180);
    assertThat(keeper.availableOn(teeAtDc, LocalDate.parse("2026-12-07"))).isEqualTo(300);

    // 5. The truck arrives on 3 December: 176 good (on hold for inspection), 4 damaged
    clock.advance(Duration.ofDays(7));
    pos.receive(po.id(), Arrival.of("RCV-1", "1", 176).withDamaged(4).withQualityHold().underNotice("ASN-1"));
    assertThat(keeper.available(teeAtDc)).isZero();
    pos.inspect(po.id(), "1", dc, 176, 0, null, "QC-1");
    assertThat(keeper.available(teeAtDc)).isEqualTo(176);
    // the other 120 are still expected on 7 December, once
    assertThat(keeper.availableOn(teeAtDc, LocalDate.parse("2026-12-07"))).isEqualTo(296);
    assertThat(keeper.balance(teeAtDc).incoming()).isEqualTo(120);
  }
}
