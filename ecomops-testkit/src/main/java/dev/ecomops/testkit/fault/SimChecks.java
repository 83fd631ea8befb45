package dev.ecomops.testkit.fault;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.memory.InMemoryRefundGateway;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.supply.purchase.PurchaseOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The invariants a simulation checks, read from the real stores (never through the fault
 * injectors): after every step those that must hold at every instant, and after recovery the
 * rest (nothing stranded, every committed event delivered exactly once after deduplication).
 */
final class SimChecks {
  private final SimWorld w;
  private final List<String> violations = new ArrayList<>();

  SimChecks(SimWorld w) {
    this.w = w;
  }

  /**
   * What must hold after every step; with {@code full}, also the checks whose cost grows with the
   * run (ledger replay, every hold accounted for), which the simulation runs every few steps.
   */
  List<String> afterStep(boolean full) {
    violations.clear();
    for (Sku sku : SimWorld.SKUS) {
      for (LocationId at : SimWorld.LOCATIONS) {
        StockKey key = StockKey.of(sku, at);
        Balance b = w.inventory().balance(key);
        if (b.onHand() < 0 || b.reserved() < 0 || b.picked() < 0 || b.damaged() < 0 || b.onHold() < 0) {
          fail("negative balance at " + key + ": " + b);
        }
        if (b.reserved() > b.sellable()) {
          fail("oversold at " + key + ": reserved " + b.reserved() + " > sellable " + b.sellable());
        }
        if (full) {
          Balance replayed = Balance.replay(w.inventory().movements(key));
          if (!replayed.equals(b)) {
            fail("ledger replay of " + key + " is " + replayed + " but the stored balance is " + b);
          }
        }
      }
    }
    for (OrderId id : w.touchedOrders) {
      w.real.orders().find(id).ifPresent(o -> {
        if (o.pending().isEmpty()) {
          orderMatchesStock(o);
        }
      });
    }
    for (String id : w.touchedPos) {
      w.real.purchaseOrders().find(PurchaseOrderId.of(id)).ifPresent(this::purchaseOrderAddsUp);
    }
    for (String id : w.touchedRmas) {
      w.real.returns().find(RmaId.of(id)).ifPresent(this::refundWithinPaid);
    }
    if (full && w.real.orders().pending(1).isEmpty()) {
      heldEqualsAccounted(false);
    }
    return List.copyOf(violations);
  }

  /** What must hold once the host has recovered: everything. */
  List<String> afterRecovery() {
    afterStep(true);
    List<String> atEveryStep = new ArrayList<>(violations);
    violations.clear();
    violations.addAll(atEveryStep);
    if (!w.real.orders().pending(1).isEmpty()) {
      fail("orders still have pending stock intents after settling: " + w.real.orders().pending(5));
    }
    for (OrderId id : w.placed) {
      w.real.orders().find(id).ifPresent(this::orderMatchesStock);
    }
    for (String id : w.pos) {
      w.real.purchaseOrders().find(PurchaseOrderId.of(id)).ifPresent(this::purchaseOrderAddsUp);
    }
    for (String id : w.rmas) {
      w.real.returns().find(RmaId.of(id)).ifPresent(r -> {
        refundWithinPaid(r);
        if (!r.pendingPosts().isEmpty()) {
          fail("RMA " + id + " still has pending ledger posts after settling: " + r.pendingPosts());
        }
      });
    }
    heldEqualsAccounted(true);
    eventsDeliveredOnce();
    return List.copyOf(violations);
  }

  private void fail(String what) {
    violations.add(what);
  }

  /** An order's lines hold exactly what their reservations hold. */
  private void orderMatchesStock(Order o) {
    for (OrderLineState l : o.lines()) {
      long open = 0;
      long picked = 0;
      for (ReservationId r : l.reservations()) {
        Optional<Reservation> res = w.inventory().reservation(r);
        if (res.isEmpty()) {
          fail("order " + o.id() + " line " + l.lineId() + " names unknown reservation " + r);
          continue;
        }
        open += res.get().open();
        picked += res.get().picked();
      }
      LineStatus s = l.status();
      if (s == LineStatus.CANCELLED || s.hasShipped()) {
        if (open + picked != 0) {
          fail("order " + o.id() + " line " + l.lineId() + " is " + s + " but its reservations still hold " + open
              + " open and " + picked + " picked");
        }
      } else if (open + picked != l.held()) {
        fail("order " + o.id() + " line " + l.lineId() + " (" + s + ") holds " + l.held() + " but its reservations hold "
            + (open + picked));
      }
    }
  }

  private void purchaseOrderAddsUp(PurchaseOrder po) {
    for (PurchaseOrder.Line l : po.lines()) {
      if (l.received() + l.damaged() + l.cancelled() + l.open() != l.ordered()) {
        fail("purchase order " + po.id() + " line " + l.lineId() + ": received " + l.received() + " + damaged "
            + l.damaged() + " + cancelled " + l.cancelled() + " + open " + l.open() + " != ordered " + l.ordered());
      }
    }
  }

  private void refundWithinPaid(Rma r) {
    Order o = w.real.orders().find(r.orderId()).orElse(null);
    if (o == null) {
      fail("RMA " + r.id() + " refers to unknown order " + r.orderId());
      return;
    }
    Money paid = o.total();
    Money refunded = Money.zero(paid.currency());
    int payments = 0;
    for (InMemoryRefundGateway.Payment p : w.gateway.payments()) {
      if (p.orderId().equals(r.orderId())) {
        refunded = refunded.plus(p.amount());
        payments++;
      }
    }
    if (refunded.compareTo(paid) > 0) {
      fail("order " + r.orderId() + " was refunded " + refunded + " but paid " + paid);
    }
    if (payments > 1) {
      fail("order " + r.orderId() + " was refunded " + payments + " times");
    }
    if (r.refunded() && payments == 0) {
      fail("RMA " + r.id() + " says refunded but the gateway paid nothing");
    }
    var recorded = w.real.refunds().find("rma-" + r.id());
    if (r.refunded() && recorded.map(x -> !x.paid()).orElse(true)) {
      fail("RMA " + r.id() + " says refunded but the refund ledger holds no paid record");
    }
    for (InMemoryRefundGateway.Payment p : w.gateway.payments()) {
      if (p.key().equals("rma-" + r.id()) && recorded.isPresent() && !recorded.get().amount().equals(p.amount())) {
        fail("RMA " + r.id() + " paid " + p.amount() + " but its ledger intent was " + recorded.get().amount());
      }
    }
  }

  /**
   * Units reserved and picked in the ledger equal what orders and live carts hold: nothing is held
   * for nobody. At recovery carts have expired, so orders alone must account for everything.
   */
  private void heldEqualsAccounted(boolean recovered) {
    Map<StockKey, long[]> accounted = new HashMap<>();
    Set<ReservationId> seen = new HashSet<>();
    for (OrderId id : w.placed) {
      w.real.orders().find(id).ifPresent(o -> {
        for (OrderLineState l : o.lines()) {
          for (ReservationId r : l.reservations()) {
            if (seen.add(r)) {
              w.inventory().reservation(r).ifPresent(res -> add(accounted, res));
            }
          }
        }
      });
    }
    for (var key : w.carts) {
      Optional<CommitRecord> rec = w.inventory().committed(key);
      if (rec.isPresent()) {
        for (Reservation r : rec.get().reservations()) {
          if (seen.add(r.id())) {
            Reservation now = w.inventory().reservation(r.id()).orElseThrow();
            if (recovered && now.status() == ReservationStatus.ACTIVE && now.open() > 0) {
              fail("cart reservation " + r.id() + " still holds " + now.open() + " after its time-to-live");
            }
            add(accounted, now);
          }
        }
      }
    }
    for (Sku sku : SimWorld.SKUS) {
      for (LocationId at : SimWorld.LOCATIONS) {
        StockKey key = StockKey.of(sku, at);
        Balance b = w.inventory().balance(key);
        long[] a = accounted.getOrDefault(key, new long[2]);
        if (b.reserved() != a[0] || b.picked() != a[1]) {
          fail("at " + key + " the ledger has " + b.reserved() + " reserved and " + b.picked()
              + " picked, but orders and carts account for " + a[0] + " and " + a[1] + " (stranded or lost holds)");
        }
      }
    }
  }

  private static void add(Map<StockKey, long[]> accounted, Reservation r) {
    long[] a = accounted.computeIfAbsent(r.lines().get(0).key(), k -> new long[2]);
    a[0] += r.open();
    a[1] += r.picked();
  }

  /** After deduplication every committed event arrived exactly once, in order per aggregate, and nothing else did. */
  private void eventsDeliveredOnce() {
    for (Outbox o : w.outboxes) {
      if (o.pending() != 0) {
        fail("an outbox still holds " + o.pending() + " undelivered events after draining");
      }
    }
    Map<String, List<EventEnvelope>> got = w.delivered.byAggregate();
    for (Map.Entry<String, List<EventEnvelope>> e : got.entrySet()) {
      long last = -1;
      for (EventEnvelope env : e.getValue()) {
        if (env.sequence() <= last) {
          fail("events of " + e.getKey() + " arrived out of order: " + env.sequence() + " after " + last);
        }
        last = env.sequence();
        committed(env);
      }
    }
    for (Sku sku : SimWorld.SKUS) {
      for (LocationId at : SimWorld.LOCATIONS) {
        StockKey key = StockKey.of(sku, at);
        List<Movement> ledger = w.inventory().movements(key);
        List<EventEnvelope> moved = got.getOrDefault("stock/" + key, List.of());
        if (moved.size() != ledger.size()) {
          fail("the ledger of " + key + " has " + ledger.size() + " movements but " + moved.size()
              + " StockMoved events arrived");
          continue;
        }
        for (int i = 0; i < ledger.size(); i++) {
          InventoryEvent.StockMoved m = (InventoryEvent.StockMoved) moved.get(i).event();
          if (!m.movement().equals(ledger.get(i))) {
            fail("StockMoved " + moved.get(i).id() + " says " + m.movement() + " but the ledger has " + ledger.get(i));
          }
        }
      }
    }
  }

  /** A delivered event must describe something committed. */
  private void committed(EventEnvelope env) {
    String[] kindKey = env.aggregate().split("/", 2);
    long version = env.sequence() / EventEnvelope.PER_VERSION;
    switch (kindKey[0]) {
      case "stock" -> { }
      case "reservation" -> {
        long stored = w.inventory().reservation(ReservationId.of(kindKey[1])).map(Reservation::version).orElse(0L);
        if (env.sequence() > stored) {
          fail("event " + env.id() + " delivered but reservation " + kindKey[1] + " is only at version " + stored);
        }
      }
      case "order" -> {
        long stored = w.real.orders().find(OrderId.of(kindKey[1])).map(Order::version).orElse(0L);
        if (version > stored) {
          fail("event " + env.id() + " delivered but order " + kindKey[1] + " is only at version " + stored);
        }
      }
      case "po" -> versionAtLeast(env, version, w.real.purchaseOrders().find(PurchaseOrderId.of(kindKey[1])).map(PurchaseOrder::version));
      case "receipt" -> versionAtLeast(env, version,
          w.real.purchaseOrders().findUnexpected(kindKey[1]).map(dev.ecomops.supply.purchase.UnexpectedReceipt::version));
      case "rma" -> versionAtLeast(env, version, w.real.returns().find(RmaId.of(kindKey[1])).map(Rma::version));
      case "ticket" -> versionAtLeast(env, version,
          w.real.tickets().find(kindKey[1]).map(dev.ecomops.returns.support.Ticket::version));
      default -> fail("event " + env.id() + " of an unknown aggregate kind");
    }
  }

  private void versionAtLeast(EventEnvelope env, long version, Optional<Long> stored) {
    if (version > stored.orElse(0L)) {
      fail("event " + env.id() + " delivered but its aggregate is only at version " + stored.orElse(0L));
    }
  }
}
