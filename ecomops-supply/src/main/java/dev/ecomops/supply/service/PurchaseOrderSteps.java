package dev.ecomops.supply.service;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.PoStatus;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderReceived;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderStatusChanged;
import dev.ecomops.core.inventory.ScheduledSupply;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What every purchase-order command runs through: compare-and-set saves with their events and
 * bounded retries, the arrival bookkeeping that receipts and matched unexpected receipts share,
 * and the sync of the ledger's expected supply to what the order still expects. {@link
 * PurchaseOrders} and {@link UnexpectedReceipts} say what changes.
 */
final class PurchaseOrderSteps {
  private static final int STRIPES = 64;

  final PurchaseOrderRepository repository;
  final StockKeeper keeper;
  final Clock clock;
  private final @Nullable OutboxRelay relay;
  private final Object[] locks = new Object[STRIPES];

  PurchaseOrderSteps(PurchaseOrderRepository repository, StockKeeper keeper, @Nullable OutboxRelay relay, Clock clock) {
    this.repository = repository;
    this.keeper = keeper;
    this.relay = relay;
    this.clock = clock;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  /** A purchase order by id. */
  PurchaseOrder find(PurchaseOrderId id) {
    return repository.find(id).orElseThrow(() -> ValidationException.of("purchaseOrderId", "must be a purchase order", id));
  }

  /** Counts arrived units on the line and its notices (the named one first, then in arrival order). */
  void applyArrival(PurchaseOrderId id, String receiptId, PurchaseOrder.Line line, long good, long damaged,
      @Nullable String noticeId) {
    update(id, (p, published) -> {
      if (p.applied().contains(receiptId)) {
        return null;
      }
      long units = good + damaged;
      long own = noticeId == null ? p.expectedUnderOrder(line.lineId()) : 0;
      long left = units - Math.min(units, own);
      List<PurchaseOrder.Notice> notices = new ArrayList<>(p.notices());
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < notices.size(); i++) {
        if (notices.get(i).id().equals(noticeId)) {
          order.add(0, i);
        } else {
          order.add(i);
        }
      }
      for (int i : order) {
        long take = Math.min(left, notices.get(i).outstanding(line.lineId()));
        if (take > 0) {
          notices.set(i, notices.get(i).plusArrived(line.lineId(), take));
          left -= take;
        }
      }
      PurchaseOrder next = p.withLine(line.lineId(), l -> l.plusReceived(good, damaged), p.status(), receiptId, notices);
      PoStatus status = next.lines().stream().allMatch(l -> l.open() == 0) ? PoStatus.RECEIVED
          : PoStatus.PARTIALLY_RECEIVED;
      published.add(new PurchaseOrderReceived(id, p.supplier(), receiptId, line.sku(), good, damaged,
          Objects.requireNonNull(p.line(line.lineId()).promised()), clock.instant()));
      if (status != p.status()) {
        published.add(new PurchaseOrderStatusChanged(id, p.supplier(), p.status(), status, clock.instant()));
      }
      return new PurchaseOrder(next.id(), next.supplier(), next.location(), status, next.lines(), next.applied(),
          next.notices(), next.version());
    });
  }

  /**
   * Brings the ledger's expected supply of every line to what the order says is still expected
   * (see the class comment), posting under idempotency keys derived from {@code cause}. Runs after
   * every command, replays included, so a command cut short by a crash is completed by its replay.
   */
  PurchaseOrder sync(PurchaseOrderId id, String cause) {
    return sync(id, cause, null);
  }

  /** As {@link #sync(PurchaseOrderId, String)} for some lines only (null for all): a receipt touches one line. */
  PurchaseOrder sync(PurchaseOrderId id, String cause, @Nullable String onlyLine) {
    synchronized (locks[Math.floorMod(id.hashCode(), STRIPES)]) {
      PurchaseOrder po = find(id);
      if (po.status() == PoStatus.DRAFT || po.status() == PoStatus.SENT) {
        return po;
      }
      for (PurchaseOrder.Line l : po.lines()) {
        if (onlyLine != null && !onlyLine.equals(l.lineId())) {
          continue;
        }
        StockKey stock = StockKey.of(l.sku(), po.location());
        Map<String, ScheduledSupply> target = new LinkedHashMap<>();
        long own = po.expectedUnderOrder(l.lineId());
        if (own > 0) {
          target.put(po.supplyReference(l.lineId()), new ScheduledSupply(po.supplyReference(l.lineId()),
              Objects.requireNonNull(l.promised()), own, false));
        }
        for (PurchaseOrder.Notice n : po.notices()) {
          long noticed = po.expectedUnderNotice(n.id(), l.lineId());
          if (noticed > 0) {
            target.put(n.supplyReference(l.lineId()), new ScheduledSupply(n.supplyReference(l.lineId()), n.arrival(),
                noticed, false));
          }
        }
        List<String> refs = new ArrayList<>(target.keySet());
        refs.add(po.supplyReference(l.lineId()));
        po.notices().forEach(n -> refs.add(n.supplyReference(l.lineId())));
        List<ScheduledSupply> ledger = keeper.balance(stock).schedule();
        for (String ref : refs.stream().distinct().toList()) {
          List<ScheduledSupply> now = ledger.stream().filter(s -> !s.transfer() && s.reference().equals(ref)).toList();
          ScheduledSupply want = target.get(ref);
          if (want == null ? now.isEmpty() : now.equals(List.of(want))) {
            continue;
          }
          String key = "po-" + id + "-" + cause + "-" + ref;
          if (!now.isEmpty()) {
            keeper.cancelSupply(stock, ref, IdempotencyKey.of(key + "-withdrawn"));
          }
          if (want != null) {
            keeper.expectSupply(stock, want.quantity(), want.expectedDate(), ref, IdempotencyKey.of(key + "-expected"));
          }
        }
      }
      return find(id);
    }
  }

  /**
   * Moves the order to {@code to}, each line changed by {@code eachLine}; {@code more} adds events
   * about the moved order to the status change's.
   */
  PurchaseOrder move(PurchaseOrderId id, PoStatus to, UnaryOperator<PurchaseOrder.Line> eachLine,
      BiConsumer<PurchaseOrder, List<DomainEvent>> more) {
    return update(id, (po, events) -> {
      if (po.status() == to) {
        return null;
      }
      if (!po.status().next().contains(to)) {
        throw new InvalidTransitionException("purchase order " + id, po.status().name(), to.name());
      }
      events.add(new PurchaseOrderStatusChanged(id, po.supplier(), po.status(), to, clock.instant()));
      PurchaseOrder next = po.next(to, eachLine);
      more.accept(next, events);
      return next;
    });
  }

  /**
   * Applies a change with compare-and-set, saving the events it adds with it, and retries on a
   * concurrent change as the keeper's retry policy allows; null from the change means none.
   */
  PurchaseOrder update(PurchaseOrderId id, BiFunction<PurchaseOrder, List<DomainEvent>, @Nullable PurchaseOrder> change) {
    RetryPolicy.Attempts attempts = null;
    while (true) {
      PurchaseOrder po = find(id);
      List<DomainEvent> events = new ArrayList<>(2);
      PurchaseOrder next = change.apply(po, events);
      if (next == null) {
        return po;
      }
      List<EventEnvelope> envelopes = new ArrayList<>(events.size());
      for (int i = 0; i < events.size(); i++) {
        envelopes.add(envelope(next, i, events.get(i)));
      }
      if (repository.save(next, po.version(), envelopes)) {
        return next;
      }
      if (attempts == null) {
        attempts = keeper.retryPolicy().start("purchase order", id);
      }
      attempts.backOff();
    }
  }

  static EventEnvelope envelope(PurchaseOrder after, int index, DomainEvent e) {
    return EventEnvelope.ofVersion("po", after.id(), after.version(), index, e);
  }

  /** Delivers what waits in the outbox, if this service relays; the command's result either way. */
  <T> T relayed(T result) {
    if (relay != null) {
      relay.relayAfterCommand();
    }
    return result;
  }
}
