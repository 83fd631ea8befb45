package dev.ecomops.testkit.supply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.PoStatus;
import dev.ecomops.core.event.SupplyEvent;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.purchase.UnexpectedReceipt;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import dev.ecomops.testkit.Concurrently;
import dev.ecomops.testkit.event.Outboxes;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PurchaseOrderRepository}: extend with a factory of empty repositories.
 * Each test traces to a rule of the SPI's javadoc: conditional saves of orders and of unexpected
 * receipts (new at expected version 0, updates only from the stored version), whole reads, lists
 * by id, unknown is empty, resolved receipts leave the held list, and thread safety with real
 * threads (of concurrent saves against one version exactly one wins; no update is lost).
 */
public abstract class PurchaseOrderRepositoryContract {

  /** A new, empty repository. */
  protected abstract PurchaseOrderRepository newRepository();

  /** A purchase order of one line at a version, with {@code received} units received. */
  protected static PurchaseOrder po(String id, String supplier, long version, long received) {
    return new PurchaseOrder(PurchaseOrderId.of(id), supplier, LocationId.of("DC"), PoStatus.CONFIRMED, List.of(new PurchaseOrder.Line("1",
        Sku.of("TEE"), 1_000_000, Money.of("4.00", "USD"), null, received, 0, 0)), Set.of(), List.of(), version);
  }

  /** An unexpected receipt at a version, resolved or not. */
  protected static UnexpectedReceipt unexpected(String id, long version, boolean resolved) {
    return new UnexpectedReceipt(id, "ACME", Sku.of("TEE"), LocationId.of("DC"), 5, "no PO", Instant.EPOCH,
        resolved ? "kept: test" : null, version);
  }

  @Test
  @DisplayName("a save's events reach the outbox exactly when the save succeeds, for orders and unexpected receipts")
  void events_withSave() throws Exception {
    PurchaseOrderRepository r = newRepository();
    EventEnvelope created = EventEnvelope.ofVersion("po", "P1", 1, 0,
        new SupplyEvent.PurchaseOrderStatusChanged(PurchaseOrderId.of("P1"), "ACME", null, PoStatus.DRAFT, Instant.EPOCH));
    assertThat(r.save(po("P1", "ACME", 1, 0), 0, List.of(created))).isTrue();
    assertThat(r.save(po("P1", "ACME", 1, 0), 0, List.of(EventEnvelope.ofVersion("po", "P1", 1, 1, created.event()))))
        .isFalse();
    Concurrently.run(8, t -> r.save(po("P1", "ACME", 2, t), 1, List.of(EventEnvelope.ofVersion("po", "P1", 2, t,
        created.event()))));
    EventEnvelope held = EventEnvelope.ofVersion("receipt", "U1", 1, 0,
        new SupplyEvent.UnexpectedReceiptResolved("U1", "kept", Instant.EPOCH));
    assertThat(r.saveUnexpected(unexpected("U1", 1, false), 0, List.of(held))).isTrue();
    assertThat(r.saveUnexpected(unexpected("U1", 1, false), 0, List.of(held))).isFalse();
    List<EventEnvelope> waiting = Outboxes.waiting(r.outbox());
    assertThat(waiting).hasSize(3);
    assertThat(waiting.get(0)).isEqualTo(created);
    assertThat(waiting.get(1).sequence() % EventEnvelope.PER_VERSION)
        .isEqualTo(r.find(PurchaseOrderId.of("P1")).orElseThrow().lines().get(0).received());
    assertThat(waiting.get(2)).isEqualTo(held);
  }

  @Test
  @DisplayName("unknown ids read as empty; a supplier without orders lists none; nothing is held at first")
  void unknown() {
    PurchaseOrderRepository r = newRepository();
    assertThat(r.find(PurchaseOrderId.of("nope"))).isEmpty();
    assertThat(r.bySupplier("nope")).isEmpty();
    assertThat(r.findUnexpected("nope")).isEmpty();
    assertThat(r.heldUnexpected()).isEmpty();
  }

  @Test
  @DisplayName("a new order saves at expected version 0 only once; updates need the stored version; reads are whole")
  void conditional() {
    PurchaseOrderRepository r = newRepository();
    assertThat(r.save(po("PO-1", "ACME", 1, 0), 0)).isTrue();
    assertThat(r.save(po("PO-1", "ACME", 1, 5), 0)).as("a second new one").isFalse();
    assertThat(r.find(PurchaseOrderId.of("PO-1")).orElseThrow().line("1").received()).isZero();
    assertThat(r.save(po("PO-1", "ACME", 2, 1), 7)).as("a stale version").isFalse();
    assertThat(r.save(po("PO-1", "ACME", 2, 1), 1)).isTrue();
    assertThat(r.find(PurchaseOrderId.of("PO-1")).orElseThrow()).isEqualTo(po("PO-1", "ACME", 2, 1));
  }

  @Test
  @DisplayName("a supplier's orders are all listed by id, at their latest version, and no one else's")
  void bySupplier() {
    PurchaseOrderRepository r = newRepository();
    r.save(po("PO-3", "ACME", 1, 0), 0);
    r.save(po("PO-1", "ACME", 1, 0), 0);
    r.save(po("PO-2", "OTHER", 1, 0), 0);
    r.save(po("PO-1", "ACME", 2, 3), 1);
    assertThat(r.bySupplier("ACME")).extracting(PurchaseOrder::id, PurchaseOrder::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PurchaseOrderId.of("PO-1"), 2L), org.assertj.core.groups.Tuple.tuple(PurchaseOrderId.of("PO-3"), 1L));
  }

  @Test
  @DisplayName("unexpected receipts save conditionally; resolved ones leave the held list, which is by id")
  void unexpectedReceipts() {
    PurchaseOrderRepository r = newRepository();
    assertThat(r.saveUnexpected(unexpected("U2", 1, false), 0)).isTrue();
    assertThat(r.saveUnexpected(unexpected("U1", 1, false), 0)).isTrue();
    assertThat(r.saveUnexpected(unexpected("U1", 1, false), 0)).as("a second new one").isFalse();
    assertThat(r.heldUnexpected()).extracting(UnexpectedReceipt::id).containsExactly("U1", "U2");
    assertThat(r.saveUnexpected(unexpected("U1", 2, true), 5)).as("a stale version").isFalse();
    assertThat(r.saveUnexpected(unexpected("U1", 2, true), 1)).isTrue();
    assertThat(r.heldUnexpected()).extracting(UnexpectedReceipt::id).containsExactly("U2");
    assertThat(r.findUnexpected("U1").orElseThrow().resolution()).isEqualTo("kept: test");
  }

  @Test
  @DisplayName("of 8 threads saving against the same version at once, exactly one wins")
  void oneWinner() throws Exception {
    PurchaseOrderRepository r = newRepository();
    r.save(po("PO-1", "ACME", 1, 0), 0);
    List<Boolean> won = Concurrently.run(8, t -> r.save(po("PO-1", "ACME", 2, t + 1), 1));
    assertThat(won.stream().filter(w -> w).count()).isEqualTo(1);
    List<Boolean> held = Concurrently.run(8, t -> r.saveUnexpected(unexpected("U1", 1, false), 0));
    assertThat(held.stream().filter(w -> w).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("4 threads each advancing an order 500 times by read-and-save lose no update")
  void noLostUpdate() throws Exception {
    PurchaseOrderRepository r = newRepository();
    r.save(po("PO-1", "ACME", 1, 0), 0);
    Concurrently.run(4, t -> {
      for (int i = 0; i < 500; i++) {
        while (true) {
          PurchaseOrder now = r.find(PurchaseOrderId.of("PO-1")).orElseThrow();
          if (r.save(po("PO-1", "ACME", now.version() + 1, now.line("1").received() + 1), now.version())) {
            break;
          }
          Thread.onSpinWait();
        }
      }
      return null;
    });
    PurchaseOrder last = r.find(PurchaseOrderId.of("PO-1")).orElseThrow();
    assertThat(last.line("1").received()).isEqualTo(2_000);
    assertThat(last.version()).isEqualTo(2_001);
  }
}
