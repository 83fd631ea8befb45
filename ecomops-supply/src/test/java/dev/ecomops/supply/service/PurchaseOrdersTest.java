package dev.ecomops.supply.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.PoStatus;
import dev.ecomops.core.event.SupplyEvent;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.supply.memory.InMemoryPurchaseOrderRepository;
import dev.ecomops.supply.purchase.Arrival;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.purchase.UnexpectedReceipt;
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
  final StockKeeper keeper = newKeeper();
  final InMemoryEventLog log = InMemoryEventLog.create();
  final PurchaseOrders pos = new PurchaseOrders(new InMemoryPurchaseOrderRepository(), keeper, log, clock);

  /** A keeper of its own over a DC stocking tees and mugs. */
  StockKeeper newKeeper() {
    return StockKeeper.builder().catalog(InMemoryCatalog.create()
        .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
        .add(Product.builder().sku(TEE).name("tee").build()).add(Product.builder().sku(MUG).name("mug").build()))
        .store(InMemoryInventoryStore.create()).clock(clock).build();
  }

  /** PO-1 (100 tees, 20 mugs) created, sent and confirmed for 1 December. */
  void confirmed() {
    pos.create(draft());
    pos.send(PurchaseOrderId.of("PO-1"));
    pos.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", DEC_1, "2", DEC_1));
  }

  static PurchaseOrder draft() {
    return PurchaseOrder.draft(PurchaseOrderId.of("PO-1"), "ACME", DC, List.of(
        PurchaseOrder.Line.of("1", TEE, 100, Money.of("4.00", "USD")),
        PurchaseOrder.Line.of("2", MUG, 20, Money.of("2.50", "USD"))));
  }

  @Test
  @DisplayName("confirmed units are expected on their dates; receipts consume them into stock by state; closing withdraws the rest")
  void lifecycle() {
    pos.create(draft());
    pos.send(PurchaseOrderId.of("PO-1"));
    pos.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", DEC_1, "2", DEC_1.plusDays(5)));
    assertThat(keeper.balance(TEE_DC).incoming()).isEqualTo(100);
    assertThat(keeper.availableOn(TEE_DC, DEC_1.minusDays(1))).isZero();
    assertThat(keeper.availableOn(TEE_DC, DEC_1)).isEqualTo(100);
    // the supplier moves the tees a week later
    pos.repromise(PurchaseOrderId.of("PO-1"), "1", DEC_1.plusDays(7), "new-date-1");
    assertThat(keeper.availableOn(TEE_DC, DEC_1)).isZero();
    assertThat(keeper.availableOn(TEE_DC, DEC_1.plusDays(7))).isEqualTo(100);
    // 60 good (on quality hold) and 5 damaged arrive
    PurchaseOrder partly = pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("RCV-1", "1", 60).withDamaged(5).withQualityHold());
    assertThat(partly.status()).isEqualTo(PoStatus.PARTIALLY_RECEIVED);
    Balance tee = keeper.balance(TEE_DC);
    assertThat(tee.onHand()).isEqualTo(65);
    assertThat(tee.onHold()).isEqualTo(60);
    assertThat(tee.damaged()).isEqualTo(5);
    assertThat(tee.incoming()).isEqualTo(35);
    assertThat(partly.line("1").open()).isEqualTo(35);
    // the same receipt again changes nothing
    assertThat(pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("RCV-1", "1", 60).withDamaged(5).withQualityHold()).version())
        .isEqualTo(partly.version());
    assertThat(keeper.balance(TEE_DC).onHand()).isEqualTo(65);
    // short close: the 35 tees and 20 mugs still expected are withdrawn
    assertThat(pos.close(PurchaseOrderId.of("PO-1")).status()).isEqualTo(PoStatus.CLOSED);
    assertThat(keeper.balance(TEE_DC).incoming()).isZero();
    assertThat(keeper.balance(StockKey.of(MUG, DC)).incoming()).isZero();
    assertThat(log.events(SupplyEvent.PurchaseOrderStatusChanged.class)).extracting(SupplyEvent.PurchaseOrderStatusChanged::to)
        .containsExactly(PoStatus.DRAFT, PoStatus.SENT, PoStatus.CONFIRMED, PoStatus.PARTIALLY_RECEIVED, PoStatus.CLOSED);
    assertThat(log.events(SupplyEvent.PurchaseOrderStatusChanged.class).get(0).from()).as("created: no status before").isNull();
    assertThat(log.events(SupplyEvent.PurchaseOrderReceived.class)).singleElement()
        .satisfies(e -> assertThat(e.promised()).isEqualTo(DEC_1.plusDays(7)));
  }

  @Test
  @DisplayName("every command repeated at once adds no movement and no event; receiving everything makes it received; a stale command is refused")
  void fullAndReplays() {
    Map<String, LocalDate> dates = Map.of("1", DEC_1, "2", DEC_1);
    List<Runnable> commands = List.of(() -> pos.create(draft()), () -> pos.send(PurchaseOrderId.of("PO-1")), () -> pos.confirm(PurchaseOrderId.of("PO-1"), dates),
        () -> pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R1", "1", 100)),
        () -> pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R2", "2", 20)));
    for (Runnable c : commands) {
      c.run();
      int events = log.size();
      int movements = keeper.ledger(TEE_DC).size() + keeper.ledger(StockKey.of(MUG, DC)).size();
      c.run();
      assertThat(log.size()).isEqualTo(events);
      assertThat(keeper.ledger(TEE_DC).size() + keeper.ledger(StockKey.of(MUG, DC)).size()).isEqualTo(movements);
    }
    assertThat(keeper.available(TEE_DC)).isEqualTo(100);
    assertThatThrownBy(() -> pos.send(PurchaseOrderId.of("PO-1"))).isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("RECEIVED");
  }

  @Test
  @DisplayName("illegal moves are refused and change nothing; bad input names the field")
  void illegal() {
    pos.create(draft());
    assertThatThrownBy(() -> pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R", "1", 1)))
        .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("DRAFT");
    assertThatThrownBy(() -> pos.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", DEC_1, "2", DEC_1)))
        .isInstanceOf(InvalidTransitionException.class);
    pos.send(PurchaseOrderId.of("PO-1"));
    assertThatThrownBy(() -> pos.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", DEC_1))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("promised");
    pos.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", DEC_1, "2", DEC_1));
    pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R", "1", 1));
    assertThatThrownBy(() -> pos.cancel(PurchaseOrderId.of("PO-1"))).isInstanceOf(InvalidTransitionException.class);
    assertThatThrownBy(() -> pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R2", "9", 1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("lineId");
    assertThatThrownBy(() -> pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R3", "1", 0)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("good");
    assertThat(keeper.balance(TEE_DC).onHand()).isEqualTo(1);
    assertThatThrownBy(() -> PurchaseOrder.Line.of("1", TEE, 0, Money.of("1.00", "USD")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("ordered");
  }

  @Test
  @DisplayName("cancelling a confirmed order withdraws its expected supply")
  void cancel() {
    confirmed();
    assertThat(pos.cancel(PurchaseOrderId.of("PO-1")).status()).isEqualTo(PoStatus.CANCELLED);
    assertThat(keeper.balance(TEE_DC).incoming()).isZero();
    assertThat(pos.cancel(PurchaseOrderId.of("PO-1")).status()).isEqualTo(PoStatus.CANCELLED);
  }

  @Test
  @DisplayName("an advance shipping notice moves its units to its arrival date; receipts against it and against the order never count a unit twice")
  void notices() {
    confirmed();
    // 40 tees are on a truck arriving two days early
    pos.notice(PurchaseOrderId.of("PO-1"), "ASN-1", DEC_1.minusDays(2), Map.of("1", 40L));
    assertThat(keeper.balance(TEE_DC).incoming()).isEqualTo(100);
    assertThat(keeper.availableOn(TEE_DC, DEC_1.minusDays(2))).isEqualTo(40);
    assertThat(keeper.availableOn(TEE_DC, DEC_1)).isEqualTo(100);
    assertThat(log.events(SupplyEvent.AdvanceNoticeReceived.class)).singleElement()
        .satisfies(e -> assertThat(e.units()).isEqualTo(40));
    // the same notice again changes nothing
    int movements = keeper.ledger(TEE_DC).size();
    pos.notice(PurchaseOrderId.of("PO-1"), "ASN-1", DEC_1.minusDays(2), Map.of("1", 40L));
    assertThat(keeper.ledger(TEE_DC).size()).isEqualTo(movements);
    // 30 arrive against it: 10 still expected on the notice's date, 60 on the promised date
    PurchaseOrder po = pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R1", "1", 30).underNotice("ASN-1"));
    assertThat(po.expectedUnderNotice("ASN-1", "1")).isEqualTo(10);
    assertThat(po.expectedUnderOrder("1")).isEqualTo(60);
    assertThat(keeper.balance(TEE_DC).incoming()).isEqualTo(70);
    assertThat(keeper.availableOn(TEE_DC, DEC_1.minusDays(2))).isEqualTo(40);
    // 65 arrive without naming the notice: the order's own 60 first, then 5 of the notice's 10
    po = pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R2", "1", 65));
    assertThat(po.expectedUnderOrder("1")).isZero();
    assertThat(po.expectedUnderNotice("ASN-1", "1")).isEqualTo(5);
    assertThat(keeper.balance(TEE_DC).incoming()).isEqualTo(5);
    assertThat(keeper.balance(TEE_DC).schedule()).singleElement()
        .satisfies(s -> assertThat(s.reference()).isEqualTo("asn:ASN-1/1"));
    assertThatThrownBy(() -> pos.notice(PurchaseOrderId.of("PO-1"), "ASN-2", DEC_1, Map.of("7", 1L)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("lineId");
    assertThatThrownBy(() -> pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R3", "1", 1).underNotice("ASN-9")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("noticeId");
  }

  @Test
  @DisplayName("a notice replayed after everything arrived is answered, not refused")
  void noticeReplayAfterReceipt() {
    confirmed();
    pos.notice(PurchaseOrderId.of("PO-1"), "ASN-1", DEC_1, Map.of("1", 100L, "2", 20L));
    pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R1", "1", 100).underNotice("ASN-1"));
    PurchaseOrder done = pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R2", "2", 20).underNotice("ASN-1"));
    assertThat(done.status()).isEqualTo(PoStatus.RECEIVED);
    assertThat(pos.notice(PurchaseOrderId.of("PO-1"), "ASN-1", DEC_1, Map.of("1", 100L, "2", 20L))).isEqualTo(done);
    assertThatThrownBy(() -> pos.notice(PurchaseOrderId.of("PO-1"), "ASN-2", DEC_1, Map.of("1", 1L)))
        .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("RECEIVED");
    assertThat(keeper.balance(TEE_DC).incoming()).isZero();
  }

  @Test
  @DisplayName("over-delivery is received, not refused: the line closes its open units and nothing stays expected")
  void overDelivery() {
    confirmed();
    PurchaseOrder po = pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R1", "1", 110));
    assertThat(po.line("1").open()).isZero();
    assertThat(po.line("1").received()).isEqualTo(110);
    assertThat(keeper.balance(TEE_DC).onHand()).isEqualTo(110);
    assertThat(keeper.balance(TEE_DC).incoming()).isZero();
  }

  @Test
  @DisplayName("held units become sellable only by inspection; failures are damaged; put-away goes to the location named")
  void inspectionAndPutaway() {
    LocationId store = LocationId.of("STORE");
    StockKeeper k = StockKeeper.builder().catalog(InMemoryCatalog.create()
        .add(Location.builder().id(DC).name("dc").country("US").position(GeoPoint.of(0, 0)).build())
        .add(Location.builder().id(store).name("store").country("US").position(GeoPoint.of(0, 1)).build())
        .add(Product.builder().sku(TEE).name("tee").build()).add(Product.builder().sku(MUG).name("mug").build()))
        .store(InMemoryInventoryStore.create()).clock(clock).build();
    PurchaseOrders p = new PurchaseOrders(new InMemoryPurchaseOrderRepository(), k, log, clock);
    p.create(draft());
    p.send(PurchaseOrderId.of("PO-1"));
    p.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", DEC_1, "2", DEC_1));
    p.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R1", "1", 50).withQualityHold().withPutaway(store));
    StockKey teeStore = StockKey.of(TEE, store);
    assertThat(k.balance(teeStore).onHold()).isEqualTo(50);
    assertThat(k.available(teeStore)).isZero();
    // the DC no longer expects those 50
    assertThat(k.balance(TEE_DC).incoming()).isEqualTo(50);
    p.inspect(PurchaseOrderId.of("PO-1"), "1", store, 47, 3, null, "QC-1");
    p.inspect(PurchaseOrderId.of("PO-1"), "1", store, 47, 3, null, "QC-1");
    assertThat(k.available(teeStore)).isEqualTo(47);
    assertThat(k.balance(teeStore).damaged()).isEqualTo(3);
    assertThat(log.events(SupplyEvent.ReceiptInspected.class)).first()
        .satisfies(e -> assertThat(e.failed()).isEqualTo(3));
    assertThatThrownBy(() -> p.inspect(PurchaseOrderId.of("PO-1"), "1", store, 1, 0, null, "QC-2"))
        .isInstanceOf(dev.ecomops.core.inventory.InsufficientStockException.class);
  }

  @Test
  @DisplayName("a receipt matching no order is held, not dropped; matched to a line it counts as received; or kept as stock")
  void unexpected() {
    confirmed();
    Instant at = clock.instant();
    pos.holdUnexpected(new UnexpectedReceipt("U1", "ACME", TEE, DC, 12, "no PO on the slip", at, null, 1));
    pos.holdUnexpected(new UnexpectedReceipt("U1", "ACME", TEE, DC, 12, "no PO on the slip", at, null, 1));
    pos.holdUnexpected(new UnexpectedReceipt("U2", null, MUG, DC, 3, "unlabelled box", at, null, 1));
    assertThat(keeper.balance(TEE_DC).onHold()).isEqualTo(12);
    assertThat(pos.heldUnexpected()).extracting(UnexpectedReceipt::id).containsExactly("U1", "U2");
    assertThatThrownBy(() -> pos.matchUnexpected("U2", PurchaseOrderId.of("PO-1"), "1")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("sku");
    PurchaseOrder po = pos.matchUnexpected("U1", PurchaseOrderId.of("PO-1"), "1");
    assertThat(pos.matchUnexpected("U1", PurchaseOrderId.of("PO-1"), "1").version()).isEqualTo(po.version());
    assertThat(po.line("1").received()).isEqualTo(12);
    assertThat(keeper.balance(TEE_DC).incoming()).isEqualTo(88);
    assertThat(keeper.balance(TEE_DC).onHand()).isEqualTo(12);
    pos.keepUnexpected("U2", "supplier will not take it back");
    assertThat(keeper.available(StockKey.of(MUG, DC))).isEqualTo(3);
    assertThat(pos.heldUnexpected()).isEmpty();
    assertThat(log.events(SupplyEvent.UnexpectedReceiptResolved.class)).extracting(SupplyEvent.UnexpectedReceiptResolved::resolution)
        .containsExactly("po:PO-1/1", "kept: supplier will not take it back");
  }

  @Test
  @DisplayName("property: after any commands, replays included, each line's units add up to what was ordered and the ledger expects its open units exactly once")
  void accountingProperty() {
    qt().withExamples(150).forAll(lists().of(integers().between(0, 599)).ofSizeBetween(1, 14)).checkAssert(ops -> {
      StockKeeper k = newKeeper();
      PurchaseOrders p = new PurchaseOrders(new InMemoryPurchaseOrderRepository(), k, InMemoryEventLog.create(), clock);
      p.create(draft());
      p.send(PurchaseOrderId.of("PO-1"));
      p.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", DEC_1, "2", DEC_1));
      List<Runnable> done = new java.util.ArrayList<>();
      int n = 0;
      for (int op : ops) {
        n++;
        String line = op % 2 == 0 ? "1" : "2";
        long amount = 1 + op / 12;
        PurchaseOrder po = p.find(PurchaseOrderId.of("PO-1"));
        long open = po.line(line).open();
        String id = "X" + n;
        Runnable c = switch ((op / 2) % 6) {
          case 0 -> () -> p.notice(PurchaseOrderId.of("PO-1"), "N" + id, DEC_1.minusDays(amount % 9), Map.of(line, amount));
          case 1, 2 -> open == 0 ? null : () -> p.receive(PurchaseOrderId.of("PO-1"), Arrival.of(id, line, Math.min(open, amount)));
          case 3 -> open == 0 || po.notices().isEmpty() ? null : () -> p.receive(PurchaseOrderId.of("PO-1"), Arrival.of(id, line,
              Math.min(open, amount)).withDamaged(0).underNotice(po.notices().get((int) (amount % po.notices().size())).id()));
          case 4 -> () -> p.repromise(PurchaseOrderId.of("PO-1"), line, DEC_1.plusDays(amount % 5), id);
          default -> done.isEmpty() ? null : done.get((int) (amount % done.size()));
        };
        if (c != null && (po.status() == PoStatus.CONFIRMED || po.status() == PoStatus.PARTIALLY_RECEIVED)) {
          c.run();
          done.add(c);
        }
      }
      if (ops.get(0) % 3 == 0 && p.find(PurchaseOrderId.of("PO-1")).status() != PoStatus.CONFIRMED) {
        p.close(PurchaseOrderId.of("PO-1"));
      }
      PurchaseOrder po = p.find(PurchaseOrderId.of("PO-1"));
      for (PurchaseOrder.Line l : po.lines()) {
        assertThat(l.received() + l.damaged() + l.cancelled() + l.open()).isEqualTo(l.ordered());
        long expected = k.balance(StockKey.of(l.sku(), DC)).schedule().stream()
            .mapToLong(dev.ecomops.core.inventory.ScheduledSupply::quantity).sum();
        assertThat(expected).as("expected supply of line %s", l.lineId()).isEqualTo(l.open());
        assertThat(k.balance(StockKey.of(l.sku(), DC)).onHand()).isEqualTo(l.received() + l.damaged());
      }
    });
  }

  @Test
  @DisplayName("receipts, notices and new dates from several threads at once lose no unit and expect none twice")
  void concurrent() throws Exception {
    pos.create(PurchaseOrder.draft(PurchaseOrderId.of("PO-1"), "ACME", DC, List.of(PurchaseOrder.Line.of("1", TEE, 10_000,
        Money.of("4.00", "USD")))));
    pos.send(PurchaseOrderId.of("PO-1"));
    pos.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", DEC_1));
    int threads = 4;
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
    List<Thread> workers = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int me = t;
      workers.add(new Thread(() -> {
        try {
          start.await();
          for (int i = 0; i < 50; i++) {
            pos.notice(PurchaseOrderId.of("PO-1"), "N" + me + "-" + i, DEC_1.minusDays(1 + i % 3), Map.of("1", 7L));
            pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("R" + me + "-" + i, "1", 5).underNotice("N" + me + "-" + i));
            pos.receive(PurchaseOrderId.of("PO-1"), Arrival.of("S" + me + "-" + i, "1", 3));
            pos.repromise(PurchaseOrderId.of("PO-1"), "1", DEC_1.plusDays(i % 4), "D" + me + "-" + i);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    workers.forEach(Thread::start);
    for (Thread w : workers) {
      w.join();
    }
    PurchaseOrder po = pos.find(PurchaseOrderId.of("PO-1"));
    assertThat(po.line("1").received()).isEqualTo(threads * 50 * 8L);
    assertThat(keeper.balance(TEE_DC).onHand()).isEqualTo(threads * 50 * 8L);
    assertThat(keeper.balance(TEE_DC).incoming()).isEqualTo(po.line("1").open()).isEqualTo(10_000 - threads * 50 * 8L);
  }

  /** Brings a fresh order PO-1 to a status through the service. */
  PurchaseOrders at(PoStatus status) {
    PurchaseOrders p = new PurchaseOrders(new InMemoryPurchaseOrderRepository(), newKeeper(), log, clock);
    String id = "PO-1";
    p.create(draft());
    switch (status) {
      case DRAFT -> { }
      case SENT -> p.send(PurchaseOrderId.of(id));
      case CANCELLED -> p.cancel(PurchaseOrderId.of(id));
      default -> {
        p.send(PurchaseOrderId.of(id));
        p.confirm(PurchaseOrderId.of(id), Map.of("1", DEC_1, "2", DEC_1));
        if (status == PoStatus.PARTIALLY_RECEIVED || status == PoStatus.RECEIVED || status == PoStatus.CLOSED) {
          p.receive(PurchaseOrderId.of(id), Arrival.of("A-" + status, "1", 100));
        }
        if (status == PoStatus.RECEIVED || status == PoStatus.CLOSED) {
          p.receive(PurchaseOrderId.of(id), Arrival.of("B-" + status, "2", 20));
        }
        if (status == PoStatus.CLOSED) {
          p.close(PurchaseOrderId.of(id));
        }
      }
    }
    assertThat(p.find(PurchaseOrderId.of(id)).status()).isEqualTo(status);
    return p;
  }

  @Test
  @DisplayName("every status against every command: legal moves as documented, others refused with the status named and nothing changed")
  void transitionTable() {
    // documented in PoStatus: draft → sent | cancelled; sent → confirmed | cancelled; confirmed → receipts | cancelled;
    // partially received → receipts | closed; received → closed; a command to the status it has is a replay
    Map<PoStatus, java.util.Set<String>> legal = Map.of(
        PoStatus.DRAFT, java.util.Set.of("send", "cancel"),
        PoStatus.SENT, java.util.Set.of("confirm", "cancel"),
        PoStatus.CONFIRMED, java.util.Set.of("receive", "cancel", "notice"),
        PoStatus.PARTIALLY_RECEIVED, java.util.Set.of("receive", "close", "notice"),
        PoStatus.RECEIVED, java.util.Set.of("close"),
        PoStatus.CLOSED, java.util.Set.of(),
        PoStatus.CANCELLED, java.util.Set.of());
    for (PoStatus from : PoStatus.values()) {
      for (String command : List.of("send", "confirm", "receive", "notice", "close", "cancel")) {
        PurchaseOrders p = at(from);
        PurchaseOrder before = p.find(PurchaseOrderId.of("PO-1"));
        Runnable run = switch (command) {
          case "send" -> () -> p.send(PurchaseOrderId.of("PO-1"));
          case "confirm" -> () -> p.confirm(PurchaseOrderId.of("PO-1"), Map.of("1", DEC_1, "2", DEC_1));
          case "receive" -> () -> p.receive(PurchaseOrderId.of("PO-1"), Arrival.of("NEW", "2", 1));
          case "notice" -> () -> p.notice(PurchaseOrderId.of("PO-1"), "ASN-NEW", DEC_1, Map.of("2", 1L));
          case "close" -> () -> p.close(PurchaseOrderId.of("PO-1"));
          default -> () -> p.cancel(PurchaseOrderId.of("PO-1"));
        };
        boolean replay = command.equals(switch (from) {
          case SENT -> "send";
          case CONFIRMED -> "confirm";
          case CLOSED -> "close";
          case CANCELLED -> "cancel";
          default -> "";
        });
        if (replay) {
          run.run(); // the status it already has: an idempotent replay, nothing changes
          assertThat(p.find(PurchaseOrderId.of("PO-1"))).as("%s from %s", command, from).isEqualTo(before);
        } else if (legal.get(from).contains(command)) {
          run.run();
          assertThat(p.find(PurchaseOrderId.of("PO-1")).version()).as("%s from %s", command, from).isGreaterThan(before.version());
        } else {
          assertThatThrownBy(run::run).as("%s from %s", command, from).isInstanceOf(InvalidTransitionException.class)
              .hasMessageContaining(from.name());
          assertThat(p.find(PurchaseOrderId.of("PO-1"))).isEqualTo(before);
        }
      }
    }
  }
}
