package dev.ecomops.supply.service;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.PoStatus;
import dev.ecomops.core.event.SupplyEvent.AdvanceNoticeReceived;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderLinePromised;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderStatusChanged;
import dev.ecomops.core.event.SupplyEvent.ReceiptInspected;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.StockState;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.Conflicts;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.supply.purchase.Arrival;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.purchase.UnexpectedReceipt;
import dev.ecomops.supply.spi.PurchaseOrderRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs purchase orders through their lifecycle ({@link PoStatus}) and keeps the inventory ledger
 * in step, receiving included.
 *
 * <p>Expected supply: after every command each line's open units are expected exactly once in the
 * ledger: units an advance shipping notice announced under the notice's reference on its arrival
 * date, the rest under the order's reference on the promised date ({@link
 * PurchaseOrder#expectedUnderOrder}). The service computes that target from the order and brings
 * the ledger's schedule to it, so available-to-promise by date never counts a unit twice nor loses
 * one, whatever mix of notices, receipts, new dates and closing happened.
 *
 * <p>Receiving: good units enter stock sellable or on quality hold (released by {@link #inspect}),
 * damaged ones damaged, at the order's location or a put-away location; lot and expiry are kept.
 * Units that match no line are held by {@link #holdUnexpected}, never dropped.
 *
 * <p>Every command is idempotent: ledger postings carry idempotency keys derived from the order,
 * line, notice and receipt, and repeating a status the order already has, a notice or a receipt
 * already applied changes nothing. Illegal moves throw {@link InvalidTransitionException} and bad
 * input {@link ValidationException}, both before anything changes. Thread safe; the ledger work
 * of one order is serialised within this service.
 *
 * <p>Faults: ledger postings come first, under keys derived from the command, and the order is
 * saved after them; a command cut short between the two (a crash, a lost acknowledgement) is
 * completed by its replay, which finds the postings already made. Each change's events are saved
 * with the order in the repository's outbox ({@link PurchaseOrderRepository}, rule 2) and relayed
 * after the command when a publisher is given, so none is lost. A change that keeps losing version
 * races gives up as the keeper's {@link dev.ecomops.core.retry.RetryPolicy} says.
 */
public final class PurchaseOrders {
  private final PurchaseOrderRepository repository;
  private final StockKeeper keeper;
  private final Clock clock;
  private final PurchaseOrderSteps steps;
  private final UnexpectedReceipts unexpected;

  /**
   * A service over these collaborators.
   *
   * @param events where the repository's outbox is relayed after each command; {@link
   *     EventPublisher#noop()} to leave delivery to the host's own {@link OutboxRelay}
   */
  public PurchaseOrders(PurchaseOrderRepository repository, StockKeeper keeper, EventPublisher events, Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.keeper = Objects.requireNonNull(keeper, "keeper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.steps = new PurchaseOrderSteps(repository, keeper,
        OutboxRelay.inline(repository.outbox(), Objects.requireNonNull(events, "events"), clock), clock);
    this.unexpected = new UnexpectedReceipts(steps);
  }

  /** Stores a draft; creating the same id again returns what is stored. */
  public PurchaseOrder create(PurchaseOrder draft) {
    if (draft.status() != PoStatus.DRAFT || draft.version() != 1) {
      throw ValidationException.of("status", "must be a new draft (version 1)", draft.status());
    }
    if (!repository.save(draft, 0, List.of(PurchaseOrderSteps.envelope(draft, 0, new PurchaseOrderStatusChanged(draft.id(),
        draft.supplier(), null, PoStatus.DRAFT, clock.instant()))))) {
      return steps.relayed(Conflicts.stored(repository.find(draft.id()), "purchase order", draft.id()));
    }
    return steps.relayed(draft);
  }

  /** A purchase order by id. */
  public PurchaseOrder find(PurchaseOrderId id) {
    return steps.find(id);
  }

  /** Records that it was sent. */
  public PurchaseOrder send(PurchaseOrderId id) {
    return steps.relayed(steps.move(id, PoStatus.SENT, l -> l, (after, events) -> { }));
  }

  /**
   * Records the supplier's confirmation with a promised date per line, and expects the lines' units
   * on those dates.
   *
   * @throws ValidationException naming {@code promised} when a line has no date
   */
  public PurchaseOrder confirm(PurchaseOrderId id, Map<String, LocalDate> promised) {
    PurchaseOrder now = find(id);
    for (PurchaseOrder.Line l : now.lines()) {
      if (!promised.containsKey(l.lineId())) {
        throw ValidationException.of("promised", "must give a date for line " + l.lineId(), id);
      }
    }
    steps.move(id, PoStatus.CONFIRMED, l -> l.promisedFor(promised.get(l.lineId())), (after, events) -> {
      for (PurchaseOrder.Line l : after.lines()) {
        events.add(new PurchaseOrderLinePromised(id, l.lineId(), Objects.requireNonNull(l.promised()), clock.instant()));
      }
    });
    return steps.relayed(steps.sync(id, "confirmed"));
  }

  /**
   * Records a new promised date for a line: its open units not announced by a notice are expected
   * then instead.
   *
   * @param key this change's idempotency key
   */
  public PurchaseOrder repromise(PurchaseOrderId id, String lineId, LocalDate date, String key) {
    PurchaseOrder po = find(id);
    if (po.status() != PoStatus.CONFIRMED && po.status() != PoStatus.PARTIALLY_RECEIVED) {
      throw new InvalidTransitionException("purchase order " + id, po.status().name(), "a new promised date");
    }
    po.line(lineId);
    String command = "promise:" + key;
    steps.update(id, (p, events) -> {
      if (p.applied().contains(command)) {
        return null;
      }
      if (!date.equals(p.line(lineId).promised())) {
        events.add(new PurchaseOrderLinePromised(id, lineId, date, clock.instant()));
      }
      return p.withLine(lineId, l -> l.promisedFor(date), p.status(), command, p.notices());
    });
    return steps.relayed(steps.sync(id, "promise-" + key, lineId));
  }

  /**
   * Records an advance shipping notice: its units are expected on its arrival date instead of the
   * promised one. The same notice again changes nothing.
   *
   * @param noticeId the notice's id
   * @param quantities units announced per line id
   * @throws ValidationException naming {@code quantities} for a quantity below 1, {@code lineId} for
   *     a line the order does not have
   * @throws InvalidTransitionException before confirmation or after the last receipt (a replay of a
   *     notice already recorded is answered, not refused)
   */
  public PurchaseOrder notice(PurchaseOrderId id, String noticeId, LocalDate arrival, Map<String, Long> quantities) {
    PurchaseOrder.Notice notice = new PurchaseOrder.Notice(noticeId, arrival, quantities, Map.of());
    PurchaseOrder po = find(id);
    quantities.keySet().forEach(po::line);
    if (po.notices().stream().anyMatch(n -> n.id().equals(noticeId))) {
      return steps.relayed(steps.sync(id, "asn-" + noticeId));
    }
    if (po.status() != PoStatus.CONFIRMED && po.status() != PoStatus.PARTIALLY_RECEIVED) {
      throw new InvalidTransitionException("purchase order " + id, po.status().name(), "an advance shipping notice");
    }
    steps.update(id, (p, events) -> {
      if (p.notices().stream().anyMatch(n -> n.id().equals(noticeId))) {
        return null;
      }
      List<PurchaseOrder.Notice> notices = new ArrayList<>(p.notices());
      notices.add(notice);
      events.add(new AdvanceNoticeReceived(id, p.supplier(), noticeId, arrival,
          quantities.values().stream().mapToLong(Long::longValue).sum(), clock.instant()));
      return new PurchaseOrder(p.id(), p.supplier(), p.location(), p.status(), p.lines(), p.applied(), notices,
          p.version() + 1);
    });
    return steps.relayed(steps.sync(id, "asn-" + noticeId));
  }

  /**
   * Receives units of a line against the purchase order (and its notice, when given). The same
   * receipt id again changes nothing.
   *
   * @throws ValidationException naming {@code lineId} or {@code noticeId} when they are not the order's
   * @throws InvalidTransitionException before confirmation or after closing
   */
  public PurchaseOrder receive(PurchaseOrderId id, Arrival arrival) {
    PurchaseOrder po = find(id);
    if (po.applied().contains(arrival.receiptId())) {
      return steps.relayed(steps.sync(id, arrival.receiptId(), arrival.lineId()));
    }
    if (!po.status().next().contains(PoStatus.PARTIALLY_RECEIVED) && !po.status().next().contains(PoStatus.RECEIVED)) {
      throw new InvalidTransitionException("purchase order " + id, po.status().name(), "a receipt");
    }
    PurchaseOrder.Line line = po.line(arrival.lineId());
    if (arrival.noticeId() != null) {
      po.notice(arrival.noticeId());
    }
    LocationId at = arrival.putaway() != null ? arrival.putaway() : po.location();
    String ref = arrival.noticeId() != null ? po.notice(arrival.noticeId()).supplyReference(line.lineId())
        : po.supplyReference(line.lineId());
    String key = "po-" + id + "-" + arrival.receiptId();
    if (arrival.good() > 0) {
      keeper.receive(receipt(line, at, arrival.good(), arrival.qualityHold() ? StockState.QUALITY_HOLD
          : StockState.SELLABLE, arrival.lot(), arrival.expiry(), ref, key + "-good"));
    }
    if (arrival.damaged() > 0) {
      keeper.receive(receipt(line, at, arrival.damaged(), StockState.DAMAGED, null, null, ref, key + "-damaged"));
    }
    steps.applyArrival(id, arrival.receiptId(), line, arrival.good(), arrival.damaged(), arrival.noticeId());
    return steps.relayed(steps.sync(id, arrival.receiptId(), line.lineId()));
  }

  /**
   * Books inspection of units of a line held on quality hold at a location: passed units become
   * sellable, failed ones damaged (and count as the supplier's defects). The same key again changes
   * nothing; the inspection's event is saved with the order once, after the stock has moved.
   *
   * @param lot for lot-tracked goods, the lot released; else null
   * @param key this inspection's idempotency key
   * @throws dev.ecomops.core.inventory.InsufficientStockException when fewer units are on hold
   */
  public void inspect(PurchaseOrderId id, String lineId, LocationId at, long passed, long failed, @Nullable String lot,
      String key) {
    if (passed < 0 || failed < 0 || passed + failed == 0) {
      throw ValidationException.of("passed", "passed and failed must be at least 0 and not both 0", passed);
    }
    PurchaseOrder po = find(id);
    PurchaseOrder.Line line = po.line(lineId);
    StockKey stock = StockKey.of(line.sku(), at);
    String idem = "po-" + id + "-inspect-" + key;
    if (passed > 0) {
      keeper.changeState(stock, passed, StockState.QUALITY_HOLD, StockState.SELLABLE, "inspection passed " + id, lot,
          IdempotencyKey.of(idem + "-passed"));
    }
    if (failed > 0) {
      keeper.changeState(stock, failed, StockState.QUALITY_HOLD, StockState.DAMAGED, "inspection failed " + id, null,
          IdempotencyKey.of(idem + "-failed"));
    }
    String command = "inspect:" + key;
    steps.update(id, (p, events) -> {
      if (p.applied().contains(command)) {
        return null;
      }
      events.add(new ReceiptInspected(id, p.supplier(), line.sku(), passed, failed, clock.instant()));
      return p.withLine(lineId, l -> l, p.status(), command, p.notices());
    });
    steps.relayed(po);
  }

  /**
   * Holds units that match no purchase-order line: they enter stock on quality hold under the
   * receipt's reference, and wait in the repository until {@link #matchUnexpected} or {@link
   * #keepUnexpected}. The same receipt again changes nothing.
   */
    public UnexpectedReceipt holdUnexpected(UnexpectedReceipt receipt) {
    return unexpected.holdUnexpected(receipt);
  }

  /**
   * Settles a held unexpected receipt as units of a purchase-order line: the line counts them as
   * received (and expects that many fewer); they stay on quality hold for {@link #inspect}.
   *
   * @throws ValidationException naming {@code sku} when the line is of another SKU
   */
    public PurchaseOrder matchUnexpected(String receiptId, PurchaseOrderId id, String lineId) {
    return unexpected.matchUnexpected(receiptId, id, lineId);
  }

  /**
   * Settles a held unexpected receipt by keeping the units as our own stock: they become sellable.
   *
   * @param reason why (recorded in the ledger and the resolution)
   */
    public UnexpectedReceipt keepUnexpected(String receiptId, String reason) {
    return unexpected.keepUnexpected(receiptId, reason);
  }

  /** Unexpected receipts still held. */
    public List<UnexpectedReceipt> heldUnexpected() {
    return unexpected.heldUnexpected();
  }

  /** Closes the order; units still open are no longer expected (they count as cancelled). */
  public PurchaseOrder close(PurchaseOrderId id) {
    return withdrawing(id, PoStatus.CLOSED);
  }

  /** Cancels the order before anything arrived; its units are no longer expected. */
  public PurchaseOrder cancel(PurchaseOrderId id) {
    return withdrawing(id, PoStatus.CANCELLED);
  }

  private PurchaseOrder withdrawing(PurchaseOrderId id, PoStatus to) {
    steps.move(id, to, PurchaseOrder.Line::cancelOpen, (after, events) -> { });
    return steps.relayed(steps.sync(id, to.name().toLowerCase(Locale.ROOT)));
  }

  private static Receipt receipt(PurchaseOrder.Line line, LocationId at, long quantity, StockState state,
      @Nullable String lot, @Nullable LocalDate expiry, String ref, String key) {
    Receipt.Builder b = Receipt.builder().sku(line.sku()).location(at).quantity(quantity).state(state)
        .supplyReference(ref).idempotencyKey(IdempotencyKey.of(key));
    if (lot != null) {
      b.lot(lot);
    }
    if (expiry != null) {
      b.lotExpiry(expiry);
    }
    return b.build();
  }

}
