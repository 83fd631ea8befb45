package dev.ecomops.returns.service;

import static dev.ecomops.returns.Orders.delivered;
import static dev.ecomops.returns.Orders.line;
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
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.ReturnEvent;
import dev.ecomops.core.event.ReturnEvent.RefundIssued;
import dev.ecomops.core.event.RmaStatus;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.memory.InMemoryRefundLedger;
import dev.ecomops.returns.memory.InMemoryReturnRepository;
import dev.ecomops.returns.policy.LineDecision;
import dev.ecomops.returns.policy.LineDecision.Outcome;
import dev.ecomops.returns.refund.Refund;
import dev.ecomops.returns.refund.RefundCalculator;
import dev.ecomops.returns.rma.Grade;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.ReturnRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;


@DisplayName("RMA lifecycle")
class ReturnServiceTest {
  static final LocationId DC = LocationId.of("RETURNS");
  static final Sku TEE = Sku.of("TEE");
  static final Sku MUG = Sku.of("MUG");
  static final Order ORDER = delivered(line("1", "TEE", 4, "20.00", "0.00", "0.00"), line("2", "MUG", 1, "9.00", "0.00", "0.00"));
  static final List<LineDecision> APPROVED = List.of(
      new LineDecision("1", 3, Outcome.APPROVED, "approved", "", Money.of("0.00", "USD"), false, false, true),
      new LineDecision("2", 1, Outcome.KEEP_IT, "keep-it", "", Money.of("0.00", "USD"), false, false, true));

  final InMemoryEventLog log = InMemoryEventLog.create();
  final List<String> payments = new CopyOnWriteArrayList<>();
  final StockKeeper keeper = keeper();
  final InMemoryReturnRepository repo = new InMemoryReturnRepository();
  final ReturnService service = new ReturnService(repo, new InMemoryRefundLedger(), keeper,
      (key, order, amount, credit) -> {
    payments.add(key + ":" + amount);
    return "P" + payments.size();
  }, log, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

  /** The calculator's refund of {@code units} of line 1, as a host works it out before paying. */
  static Refund refundOf(long units, boolean storeCredit) {
    return RefundCalculator.refund(ORDER, List.of(new LineDecision("1", units, Outcome.APPROVED, "approved", "",
        Money.of("0.00", "USD"), false, false, false)), Map.of(), Money.of("0.00", "USD"), Money.of("0.00", "USD"),
        storeCredit, BigDecimal.ZERO);
  }

  static StockKeeper keeper() {
    InMemoryCatalog catalog = InMemoryCatalog.create()
        .add(Location.builder().id(DC).name("returns").country("US").position(GeoPoint.of(0, 0)).build())
        .add(Product.builder().sku(TEE).name("tee").build()).add(Product.builder().sku(MUG).name("mug").build());
    return StockKeeper.builder().catalog(catalog).store(InMemoryInventoryStore.create()).build();
  }

  @Test
  @DisplayName("the whole journey: kept lines stay out, packages arrive in parts, grades post to inventory by state, one refund, events for each step")
  void journey() {
    Rma rma = service.open(RmaId.of("R1"), ORDER, APPROVED, DC);
    assertThat(rma.lines()).extracting(Rma.Line::lineId).containsExactly("1");
    service.approve(RmaId.of("R1"));
    service.labelIssued(RmaId.of("R1"));
    service.inTransit(RmaId.of("R1"));
    service.receive(RmaId.of("R1"), "PKG-1", Map.of("1", 2L));
    service.receive(RmaId.of("R1"), "PKG-2", Map.of("1", 1L));
    service.inspect(RmaId.of("R1"), "1", Grade.A, 2, "i1");
    // a vendor agreement sends this grade-D unit back to the vendor: still posted damaged
    assertThat(service.inspect(RmaId.of("R1"), "1", Grade.D, Grade.Disposition.RETURN_TO_VENDOR, 1, "i2").status())
        .isEqualTo(RmaStatus.INSPECTED);
    assertThat(log.events(ReturnEvent.ReturnInspected.class)).extracting(ReturnEvent.ReturnInspected::disposition)
        .containsExactly("RESTOCK_SELLABLE", "RETURN_TO_VENDOR");
    Balance tee = keeper.balance(StockKey.of(TEE, DC));
    assertThat(tee.onHand()).isEqualTo(3);
    assertThat(tee.damaged()).isEqualTo(1);
    assertThat(keeper.available(StockKey.of(TEE, DC))).isEqualTo(2);
    service.refund(RmaId.of("R1"), refundOf(3, false), false);
    assertThat(service.close(RmaId.of("R1")).status()).isEqualTo(RmaStatus.CLOSED);
    assertThat(payments).containsExactly("rma-R1:60.00 USD");
    assertThat(log.events(ReturnEvent.RmaStatusChanged.class)).extracting(ReturnEvent.RmaStatusChanged::to)
        .containsExactly(RmaStatus.REQUESTED, RmaStatus.APPROVED, RmaStatus.LABEL_ISSUED, RmaStatus.IN_TRANSIT,
            RmaStatus.RECEIVED, RmaStatus.INSPECTED, RmaStatus.RESOLVED, RmaStatus.CLOSED);
    assertThat(log.events(ReturnEvent.RmaStatusChanged.class).get(0).from()).as("opened: no status before").isNull();
    assertThat(log.events(ReturnEvent.ReturnReceived.class)).hasSize(2);
    assertThat(log.events(RefundIssued.class)).singleElement().satisfies(e -> assertThat(e.amount())
        .isEqualTo(Money.of("60.00", "USD")));
  }

  @Test
  @DisplayName("replaying any command changes nothing: same status, no new movements, events or payments")
  void replays() {
    service.open(RmaId.of("R1"), ORDER, APPROVED, DC);
    service.approve(RmaId.of("R1"));
    service.receive(RmaId.of("R1"), "PKG-1", Map.of("1", 3L));
    service.inspect(RmaId.of("R1"), "1", Grade.A, 3, "i1");
    service.refund(RmaId.of("R1"), refundOf(3, true), true);
    int events = log.size();
    long version = service.open(RmaId.of("R1"), ORDER, APPROVED, DC).version();
    assertThat(service.receive(RmaId.of("R1"), "PKG-1", Map.of("1", 3L)).version()).isEqualTo(version);
    assertThat(service.inspect(RmaId.of("R1"), "1", Grade.A, 3, "i1").version()).isEqualTo(version);
    assertThat(service.refund(RmaId.of("R1"), refundOf(3, true), true).version()).isEqualTo(version);
    assertThat(log.size()).isEqualTo(events);
    assertThat(payments).hasSize(1);
    assertThat(keeper.balance(StockKey.of(TEE, DC)).onHand()).isEqualTo(3);
  }

  /** Puts a fresh RMA into a status by legal moves. */
  private String reach(RmaStatus target, int n) {
    String id = "T" + n;
    service.open(RmaId.of(id), ORDER, APPROVED, DC);
    List<RmaStatus> path = switch (target) {
      case REQUESTED -> List.of();
      case APPROVED -> List.of(RmaStatus.APPROVED);
      case REJECTED -> List.of(RmaStatus.REJECTED);
      case CANCELLED -> List.of(RmaStatus.CANCELLED);
      case LABEL_ISSUED -> List.of(RmaStatus.APPROVED, RmaStatus.LABEL_ISSUED);
      case IN_TRANSIT -> List.of(RmaStatus.APPROVED, RmaStatus.LABEL_ISSUED, RmaStatus.IN_TRANSIT);
      case RECEIVED -> List.of(RmaStatus.APPROVED, RmaStatus.RECEIVED);
      case INSPECTED -> List.of(RmaStatus.APPROVED, RmaStatus.RECEIVED, RmaStatus.INSPECTED);
      case RESOLVED -> List.of(RmaStatus.APPROVED, RmaStatus.RECEIVED, RmaStatus.INSPECTED, RmaStatus.RESOLVED);
      case CLOSED -> List.of(RmaStatus.APPROVED, RmaStatus.RECEIVED, RmaStatus.INSPECTED, RmaStatus.RESOLVED,
          RmaStatus.CLOSED);
    };
    for (RmaStatus s : path) {
      step(id, s, "P-" + id, 3);
    }
    return id;
  }

  /** The command that moves to {@code to}; a receipt is of {@code units} units in package {@code pkg}. */
  private Rma step(String id, RmaStatus to, String pkg, long units) {
    return switch (to) {
      case APPROVED -> service.approve(RmaId.of(id));
      case REJECTED -> service.reject(RmaId.of(id));
      case CANCELLED -> service.cancel(RmaId.of(id));
      case LABEL_ISSUED -> service.labelIssued(RmaId.of(id));
      case IN_TRANSIT -> service.inTransit(RmaId.of(id));
      case RECEIVED -> service.receive(RmaId.of(id), pkg, Map.of("1", units));
      case INSPECTED -> service.inspect(RmaId.of(id), "1", Grade.A, 3, "k-" + pkg);
      case RESOLVED -> service.refund(RmaId.of(id), refundOf(1, false), false);
      case CLOSED -> service.close(RmaId.of(id));
      case REQUESTED -> throw new IllegalArgumentException("no command goes back to REQUESTED");
    };
  }

  @Test
  @DisplayName("every move from every status: legal ones succeed, illegal ones are refused and change nothing, repeats are no-ops")
  void transitionTable() {
    int n = 0;
    for (RmaStatus from : RmaStatus.values()) {
      for (RmaStatus to : RmaStatus.values()) {
        if (to == RmaStatus.REQUESTED) {
          continue;
        }
        String id = reach(from, n++);
        long version = repo.find(RmaId.of(id)).orElseThrow().version();
        if (from == to && to != RmaStatus.RECEIVED) {
          // the very command that got it there, replayed
          assertThat(step(id, to, "P-" + id, 3).status()).as("%s again", to).isEqualTo(from);
          assertThat(repo.find(RmaId.of(id)).orElseThrow().version()).isEqualTo(version);
        } else if (from.next().contains(to)) {
          assertThat(step(id, to, "Q-" + id, 0).status()).as("%s → %s", from, to).isEqualTo(to);
        } else {
          // refused, or (a refund already paid) answered as a replay: either way nothing changes
          try {
            step(id, to, "Q-" + id, 0);
            assertThat(to).as("%s → %s went through", from, to).isEqualTo(RmaStatus.RESOLVED);
          } catch (InvalidTransitionException | ValidationException refused) {
            assertThat(refused).isNotNull();
          }
          assertThat(repo.find(RmaId.of(id)).orElseThrow().version()).as("%s → %s changed nothing", from, to)
              .isEqualTo(version);
        }
      }
    }
  }

  @Test
  @DisplayName("illegal moves and bad quantities are refused and change nothing")
  void illegal() {
    service.open(RmaId.of("R1"), ORDER, APPROVED, DC);
    assertThatThrownBy(() -> service.inTransit(RmaId.of("R1"))).isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("REQUESTED");
    service.approve(RmaId.of("R1"));
    assertThatThrownBy(() -> service.receive(RmaId.of("R1"), "P", Map.of("1", 4L))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("units");
    // nothing received yet: no inspection
    assertThatThrownBy(() -> service.inspect(RmaId.of("R1"), "1", Grade.A, 1, "i")).isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("APPROVED");
    service.receive(RmaId.of("R1"), "P", Map.of("1", 1L));
    assertThatThrownBy(() -> service.inspect(RmaId.of("R1"), "1", Grade.A, 2, "i")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("quantity");
    assertThatThrownBy(() -> service.cancel(RmaId.of("R1"))).isInstanceOf(InvalidTransitionException.class);
    assertThatThrownBy(() -> service.refund(RmaId.of("R1"), refundOf(1, false), false))
        .isInstanceOf(InvalidTransitionException.class);
    assertThatThrownBy(() -> service.open(RmaId.of("R2"), ORDER, List.of(APPROVED.get(1)), DC)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("decisions");
    assertThat(keeper.balance(StockKey.of(TEE, DC)).onHand()).isZero();
    assertThat(payments).isEmpty();
  }

  @Test
  @DisplayName("the units restocked sellable equal the units graded A, and every received unit reaches inventory")
  void gradesReachInventory() {
    qt().withExamples(50).forAll(lists().of(integers().between(0, 3)).ofSize(3)).checkAssert(grades -> {
      StockKeeper k = keeper();
      ReturnService s = new ReturnService(new InMemoryReturnRepository(), new InMemoryRefundLedger(), k, (key, o, a, c) -> key, log,
          Clock.systemUTC());
      s.open(RmaId.of("R"), ORDER, APPROVED, DC);
      s.approve(RmaId.of("R"));
      s.receive(RmaId.of("R"), "P", Map.of("1", 3L));
      int i = 0;
      for (int g : grades) {
        s.inspect(RmaId.of("R"), "1", Grade.values()[g], 1, "k" + i++);
      }
      long gradedA = grades.stream().filter(g -> g == 0).count();
      Balance b = k.balance(StockKey.of(TEE, DC));
      assertThat(b.onHand()).isEqualTo(3);
      assertThat(k.available(StockKey.of(TEE, DC))).isEqualTo(gradedA);
    });
  }

  @Test
  @DisplayName("two threads inspecting the same last units under different keys: one wins, inventory gets them once")
  void concurrentInspections() throws Exception {
    service.open(RmaId.of("R1"), ORDER, APPROVED, DC);
    service.approve(RmaId.of("R1"));
    service.receive(RmaId.of("R1"), "P", Map.of("1", 3L));
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      String key = "k" + t;
      threads.add(new Thread(() -> {
        try {
          service.inspect(RmaId.of("R1"), "1", Grade.A, 3, key);
        } catch (ValidationException | InvalidTransitionException lost) {
          failures.add(lost);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).hasSize(1);
    assertThat(keeper.balance(StockKey.of(TEE, DC)).onHand()).isEqualTo(3);
  }

  @Test
  @DisplayName("packages received at once from several threads all count")
  void concurrentReceipts() throws Exception {
    service.open(RmaId.of("R1"), ORDER, APPROVED, DC);
    service.approve(RmaId.of("R1"));
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      String pkg = "P" + t;
      threads.add(new Thread(() -> service.receive(RmaId.of("R1"), pkg, Map.of("1", 1L))));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    Rma rma = service.receive(RmaId.of("R1"), "P0", Map.of("1", 1L));
    assertThat(rma.line("1").received()).isEqualTo(3);
    assertThat(rma.packages()).containsExactlyInAnyOrder("P0", "P1", "P2");
  }

  @Test
  @DisplayName("a refund for more units than arrived, for a line not returned, a bonus paid as cash, or parts that do not add up is refused; nothing is paid")
  void refund_checkedAgainstRma() {
    service.open(RmaId.of("R1"), ORDER, APPROVED, DC);
    service.approve(RmaId.of("R1"));
    service.receive(RmaId.of("R1"), "PKG-1", Map.of("1", 2L));
    service.inspect(RmaId.of("R1"), "1", Grade.A, 2, "i1");
    assertThat(repo.find(RmaId.of("R1")).orElseThrow().status()).isEqualTo(RmaStatus.RECEIVED);
    // inspected all that arrived is not the whole RMA: receive and inspect the third unit
    service.receive(RmaId.of("R1"), "PKG-2", Map.of("1", 1L));
    service.inspect(RmaId.of("R1"), "1", Grade.A, 1, "i2");
    assertThatThrownBy(() -> service.refund(RmaId.of("R1"), refundOf(4, false), false)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("refund.lines");
    Refund mug = RefundCalculator.refund(ORDER, List.of(new LineDecision("2", 1, Outcome.APPROVED, "approved", "",
        Money.of("0.00", "USD"), false, false, false)), Map.of(), Money.of("0.00", "USD"), Money.of("0.00", "USD"), false,
        BigDecimal.ZERO);
    assertThatThrownBy(() -> service.refund(RmaId.of("R1"), mug, false)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("refund.lines");
    Refund withBonus = RefundCalculator.refund(ORDER, List.of(new LineDecision("1", 3, Outcome.APPROVED, "approved", "",
        Money.of("0.00", "USD"), false, false, false)), Map.of(), Money.of("0.00", "USD"), Money.of("0.00", "USD"), true,
        new BigDecimal("10"));
    assertThatThrownBy(() -> service.refund(RmaId.of("R1"), withBonus, false)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("storeCreditBonus");
    Money ten = Money.of("10.00", "USD");
    assertThatThrownBy(() -> new Refund(List.of(new Refund.Line("1", 1, ten, Money.of("0.00", "USD"), ten)),
        Money.of("0.00", "USD"), Money.of("-5.00", "USD"), Money.of("0.00", "USD"), Money.of("15.00", "USD")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("total");
    assertThat(payments).isEmpty();
    service.refund(RmaId.of("R1"), refundOf(3, false), false);
    assertThat(payments).containsExactly("rma-R1:60.00 USD");
  }

  @Test
  @DisplayName("a refund interrupted after paying is completed by the retry without paying again, even through a gateway that forgot the key; the amount first paid stands")
  void refund_interruptedAfterPaying_paysOnce() {
    boolean[] failRefundedSave = {true};
    ReturnRepository flaky = new ReturnRepository() {
      @Override
      public boolean save(Rma rma, long expectedVersion, List<EventEnvelope> events) {
        if (rma.refunded() && failRefundedSave[0]) {
          failRefundedSave[0] = false;
          throw new IllegalStateException("injected: connection lost");
        }
        return repo.save(rma, expectedVersion, events);
      }

      @Override
      public Outbox outbox() {
        return repo.outbox();
      }

      @Override
      public java.util.Optional<Rma> find(RmaId id) {
        return repo.find(id);
      }

      @Override
      public List<Rma> byOrder(OrderId orderId) {
        return repo.byOrder(orderId);
      }
    };
    // this gateway pays every call: its idempotency window has passed, or it never had one
    ReturnService forgetful = new ReturnService(flaky, new InMemoryRefundLedger(), keeper,
        (key, order, amount, credit) -> {
      payments.add(key + ":" + amount);
      return "P" + payments.size();
    }, log, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    forgetful.open(RmaId.of("R1"), ORDER, APPROVED, DC);
    forgetful.approve(RmaId.of("R1"));
    forgetful.receive(RmaId.of("R1"), "PKG-1", Map.of("1", 3L));
    forgetful.inspect(RmaId.of("R1"), "1", Grade.A, 3, "i1");
    assertThatThrownBy(() -> forgetful.refund(RmaId.of("R1"), refundOf(3, false), false)).hasMessageContaining("injected");
    assertThat(payments).containsExactly("rma-R1:60.00 USD");
    Rma done = forgetful.refund(RmaId.of("R1"), refundOf(2, false), false);
    assertThat(done.refunded()).isTrue();
    assertThat(payments).containsExactly("rma-R1:60.00 USD");
    assertThat(log.events(RefundIssued.class)).extracting(RefundIssued::amount).containsExactly(Money.of("60.00", "USD"));
    assertThat(forgetful.refunds(ORDER.id())).singleElement().satisfies(r -> {
      assertThat(r.reference()).isEqualTo("P1");
      assertThat(r.amount()).isEqualTo(Money.of("60.00", "USD"));
    });
  }
}
