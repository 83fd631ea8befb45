package dev.ecomops.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.catalog.InMemoryCatalog;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.SupplyEvent;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.StockKeeper;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.InMemoryPurchaseOrderRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Purchase orders")
class PurchaseOrdersTest {
  static final LocationId DC = LocationId.of("DC");
  static final Sku TEE = Sku.of("TEE");
  static final Sku MUG = Sku.of("MUG");
  static final LocalDate DEC_1 = LocalDate.parse("2026-12-01");
  static final StockKey TEE_DC = StockKey.of(TEE, DC);

  final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
  final StockKeeper keeper = StockKeeper.builder().catalog(InMemoryCatalog.create()
      .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
      .add(Product.builder().sku(TEE).name("tee").build()).add(Product.builder().sku(MUG).name("mug").build()))
      .store(InMemoryInventoryStore.create()).clock(clock).build();
  final InMemoryEventLog log = InMemoryEventLog.create();
  final PurchaseOrders pos = new PurchaseOrders(new InMemoryPurchaseOrderRepository(), keeper, log, clock);

  static PurchaseOrder draft() {
    return PurchaseOrder.draft("PO-1", "ACME", DC, List.of(
        new PurchaseOrder.Line("1", TEE, 100, Money.of("4.00", "USD"), null, 0, 0),
        new PurchaseOrder.Line("2", MUG, 20, Money.of("2.50", "USD"), null, 0, 0)));
  }

  @Test
  @DisplayName("confirmed units are expected on their dates; receipts consume them into stock by state; closing withdraws the rest")
  void lifecycle() {
    pos.create(draft());
    pos.send("PO-1");
    pos.confirm("PO-1", Map.of("1", DEC_1, "2", DEC_1.plusDays(5)));
    assertThat(keeper.balance(TEE_DC).incoming()).isEqualTo(100);
    assertThat(keeper.availableOn(TEE_DC, DEC_1.minusDays(1))).isZero();
    assertThat(keeper.availableOn(TEE_DC, DEC_1)).isEqualTo(100);
    // the supplier moves the tees a week later
    pos.repromise("PO-1", "1", DEC_1.plusDays(7), "new-date-1");
    assertThat(keeper.availableOn(TEE_DC, DEC_1)).isZero();
    assertThat(keeper.availableOn(TEE_DC, DEC_1.plusDays(7))).isEqualTo(100);
    // 60 good (on quality hold) and 5 damaged arrive
    PurchaseOrder partly = pos.receive("PO-1", "RCV-1", "1", 60, 5, true, null, null);
    assertThat(partly.status()).isEqualTo(PoStatus.PARTIALLY_RECEIVED);
    Balance tee = keeper.balance(TEE_DC);
    assertThat(tee.onHand()).isEqualTo(65);
    assertThat(tee.onHold()).isEqualTo(60);
    assertThat(tee.damaged()).isEqualTo(5);
    assertThat(tee.incoming()).isEqualTo(35);
    assertThat(partly.line("1").open()).isEqualTo(35);
    // the same receipt again changes nothing
    assertThat(pos.receive("PO-1", "RCV-1", "1", 60, 5, true, null, null).version()).isEqualTo(partly.version());
    assertThat(keeper.balance(TEE_DC).onHand()).isEqualTo(65);
    // short close: the 35 tees and 20 mugs still expected are withdrawn
    assertThat(pos.close("PO-1").status()).isEqualTo(PoStatus.CLOSED);
    assertThat(keeper.balance(TEE_DC).incoming()).isZero();
    assertThat(keeper.balance(StockKey.of(MUG, DC)).incoming()).isZero();
    assertThat(log.events(SupplyEvent.PurchaseOrderStatusChanged.class)).extracting(SupplyEvent.PurchaseOrderStatusChanged::to)
        .containsExactly("DRAFT", "SENT", "CONFIRMED", "PARTIALLY_RECEIVED", "CLOSED");
    assertThat(log.events(SupplyEvent.PurchaseOrderReceived.class)).singleElement()
        .satisfies(e -> assertThat(e.promised()).isEqualTo(DEC_1.plusDays(7)));
  }

  @Test
  @DisplayName("every command repeated at once adds no movement and no event; receiving everything makes it received; a stale command is refused")
  void fullAndReplays() {
    Map<String, LocalDate> dates = Map.of("1", DEC_1, "2", DEC_1);
    List<Runnable> commands = List.of(() -> pos.create(draft()), () -> pos.send("PO-1"), () -> pos.confirm("PO-1", dates),
        () -> pos.receive("PO-1", "R1", "1", 100, 0, false, null, null),
        () -> pos.receive("PO-1", "R2", "2", 20, 0, false, null, null));
    for (Runnable c : commands) {
      c.run();
      int events = log.size();
      int movements = keeper.ledger(TEE_DC).size() + keeper.ledger(StockKey.of(MUG, DC)).size();
      c.run();
      assertThat(log.size()).isEqualTo(events);
      assertThat(keeper.ledger(TEE_DC).size() + keeper.ledger(StockKey.of(MUG, DC)).size()).isEqualTo(movements);
    }
    assertThat(keeper.available(TEE_DC)).isEqualTo(100);
    assertThatThrownBy(() -> pos.send("PO-1")).isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("RECEIVED");
  }

  @Test
  @DisplayName("illegal moves are refused and change nothing; bad input names the field")
  void illegal() {
    pos.create(draft());
    assertThatThrownBy(() -> pos.receive("PO-1", "R", "1", 1, 0, false, null, null))
        .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("DRAFT");
    assertThatThrownBy(() -> pos.confirm("PO-1", Map.of("1", DEC_1, "2", DEC_1)))
        .isInstanceOf(InvalidTransitionException.class);
    pos.send("PO-1");
    assertThatThrownBy(() -> pos.confirm("PO-1", Map.of("1", DEC_1))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("promised");
    pos.confirm("PO-1", Map.of("1", DEC_1, "2", DEC_1));
    pos.receive("PO-1", "R", "1", 1, 0, false, null, null);
    assertThatThrownBy(() -> pos.cancel("PO-1")).isInstanceOf(InvalidTransitionException.class);
    assertThatThrownBy(() -> pos.receive("PO-1", "R2", "9", 1, 0, false, null, null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("lineId");
    assertThatThrownBy(() -> pos.receive("PO-1", "R3", "1", 0, 0, false, null, null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("good");
    assertThat(keeper.balance(TEE_DC).onHand()).isEqualTo(1);
    assertThatThrownBy(() -> new PurchaseOrder.Line("1", TEE, 0, Money.of("1.00", "USD"), null, 0, 0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("ordered");
  }

  @Test
  @DisplayName("cancelling a confirmed order withdraws its expected supply")
  void cancel() {
    pos.create(draft());
    pos.send("PO-1");
    pos.confirm("PO-1", Map.of("1", DEC_1, "2", DEC_1));
    assertThat(pos.cancel("PO-1").status()).isEqualTo(PoStatus.CANCELLED);
    assertThat(keeper.balance(TEE_DC).incoming()).isZero();
    assertThat(pos.cancel("PO-1").status()).isEqualTo(PoStatus.CANCELLED);
  }
}
