package dev.ecomops.core.supply;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderLinePromised;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderReceived;
import dev.ecomops.core.event.SupplyEvent.PurchaseOrderStatusChanged;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.StockKeeper;
import dev.ecomops.core.inventory.StockState;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.supply.spi.PurchaseOrderRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs purchase orders through their lifecycle ({@link PoStatus}) and keeps the inventory ledger
 * in step: confirming a line records its open units as expected supply on the promised date (so
 * available-to-promise by date sees them), a new promise moves them, a receipt consumes them (good
 * units sellable or on quality hold, damaged ones damaged), and closing or cancelling withdraws
 * what is still expected. Every command is idempotent: the ledger postings carry idempotency keys
 * derived from the purchase order, line and receipt, and repeating a status the order already has,
 * or a receipt already applied, changes nothing. Illegal moves throw {@link
 * InvalidTransitionException} and change nothing. Thread safe.
 */
public final class PurchaseOrders {
  private final PurchaseOrderRepository repository;
  private final StockKeeper keeper;
  private final EventPublisher events;
  private final Clock clock;

  /** A service over these collaborators. */
  public PurchaseOrders(PurchaseOrderRepository repository, StockKeeper keeper, EventPublisher events, Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.keeper = Objects.requireNonNull(keeper, "keeper");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Stores a draft; creating the same id again returns what is stored. */
  public PurchaseOrder create(PurchaseOrder draft) {
    if (draft.status() != PoStatus.DRAFT || draft.version() != 1) {
      throw ValidationException.of("status", "must be a new draft (version 1)", draft.status());
    }
    if (!repository.save(draft, 0)) {
      return repository.find(draft.id()).orElseThrow();
    }
    events.publish(new PurchaseOrderStatusChanged(draft.id(), draft.supplier(), "NONE", PoStatus.DRAFT.name(),
        clock.instant()));
    return draft;
  }

  /** Records that it was sent. */
  public PurchaseOrder send(String id) {
    return move(id, PoStatus.SENT, po -> po.lines());
  }

  /**
   * Records the supplier's confirmation with a promised date per line, and expects the lines' units
   * on those dates.
   *
   * @throws ValidationException naming {@code promised} when a line has no date
   */
  public PurchaseOrder confirm(String id, Map<String, LocalDate> promised) {
    PurchaseOrder now = find(id);
    for (PurchaseOrder.Line l : now.lines()) {
      if (!promised.containsKey(l.lineId())) {
        throw ValidationException.of("promised", "must give a date for line " + l.lineId(), id);
      }
    }
    PurchaseOrder after = move(id, PoStatus.CONFIRMED, po -> po.lines().stream().map(l -> new PurchaseOrder.Line(l.lineId(),
        l.sku(), l.ordered(), l.unitCost(), promised.get(l.lineId()), l.received(), l.damaged())).toList());
    boolean changed = after.version() != now.version();
    for (PurchaseOrder.Line l : after.lines()) {
      LocalDate date = Objects.requireNonNull(l.promised());
      // posted on every call under one key: a replay after a crash posts what was lost, and only that
      keeper.expectSupply(StockKey.of(l.sku(), after.location()), l.ordered(), date, after.supplyReference(l.lineId()),
          IdempotencyKey.of("po-" + id + "-" + l.lineId() + "-expected"));
      if (changed) {
        events.publish(new PurchaseOrderLinePromised(id, l.lineId(), date, clock.instant()));
      }
    }
    return after;
  }

  /**
   * Records a new promised date for a line: its open units are expected then instead.
   *
   * @param key this change's idempotency key
   */
  public PurchaseOrder repromise(String id, String lineId, LocalDate date, String key) {
    PurchaseOrder po = find(id);
    if (po.status() != PoStatus.CONFIRMED && po.status() != PoStatus.PARTIALLY_RECEIVED) {
      throw new InvalidTransitionException("purchase order " + id, po.status().name(), "a new promised date");
    }
    PurchaseOrder.Line line = po.line(lineId);
    if (date.equals(line.promised()) || line.open() == 0) {
      return po;
    }
    StockKey stock = StockKey.of(line.sku(), po.location());
    keeper.cancelSupply(stock, po.supplyReference(lineId), IdempotencyKey.of("po-" + id + "-" + key + "-withdrawn"));
    keeper.expectSupply(stock, line.open(), date, po.supplyReference(lineId),
        IdempotencyKey.of("po-" + id + "-" + key + "-expected"));
    PurchaseOrder after = update(id, p -> new PurchaseOrder(p.id(), p.supplier(), p.location(), p.status(),
        p.lines().stream().map(l -> l.lineId().equals(lineId) ? new PurchaseOrder.Line(l.lineId(), l.sku(), l.ordered(),
            l.unitCost(), date, l.received(), l.damaged()) : l).toList(), p.receipts(), p.version() + 1));
    events.publish(new PurchaseOrderLinePromised(id, lineId, date, clock.instant()));
    return after;
  }

  /**
   * Receives units of a line against the purchase order: good units enter stock sellable (or on
   * quality hold until released), damaged ones damaged; both consume the line's expected supply.
   * The same receipt again changes nothing.
   *
   * @param lot the lot of lot-tracked goods, else null
   * @param expiry the lot's expiry, else null
   * @throws ValidationException naming {@code good} when no units are given
   */
  public PurchaseOrder receive(String id, String receiptId, String lineId, long good, long damaged, boolean qualityHold,
      @Nullable String lot, @Nullable LocalDate expiry) {
    if (good < 0 || damaged < 0 || good + damaged == 0) {
      throw ValidationException.of("good", "good and damaged must be at least 0 and not both 0", good);
    }
    PurchaseOrder po = find(id);
    if (po.receipts().contains(receiptId)) {
      return po;
    }
    if (!po.status().next().contains(PoStatus.PARTIALLY_RECEIVED) && !po.status().next().contains(PoStatus.RECEIVED)) {
      throw new InvalidTransitionException("purchase order " + id, po.status().name(), "a receipt");
    }
    PurchaseOrder.Line line = po.line(lineId);
    String ref = po.supplyReference(lineId);
    if (good > 0) {
      keeper.receive(receipt(po, line, good, qualityHold ? StockState.QUALITY_HOLD : StockState.SELLABLE, lot, expiry, ref,
          "po-" + id + "-" + receiptId + "-good"));
    }
    if (damaged > 0) {
      keeper.receive(receipt(po, line, damaged, StockState.DAMAGED, null, null, ref, "po-" + id + "-" + receiptId
          + "-damaged"));
    }
    List<DomainEvent> published = new ArrayList<>();
    PurchaseOrder after = update(id, p -> {
      published.clear();
      if (p.receipts().contains(receiptId)) {
        return null;
      }
      List<PurchaseOrder.Line> lines = p.lines().stream().map(l -> l.lineId().equals(lineId) ? new PurchaseOrder.Line(
          l.lineId(), l.sku(), l.ordered(), l.unitCost(), l.promised(), l.received() + good, l.damaged() + damaged) : l)
          .toList();
      boolean full = lines.stream().allMatch(l -> l.open() == 0);
      PoStatus status = full ? PoStatus.RECEIVED : PoStatus.PARTIALLY_RECEIVED;
      Set<String> receipts = new HashSet<>(p.receipts());
      receipts.add(receiptId);
      published.add(new PurchaseOrderReceived(id, p.supplier(), receiptId, line.sku(), good, damaged,
          Objects.requireNonNull(line.promised()), clock.instant()));
      if (status != p.status()) {
        published.add(new PurchaseOrderStatusChanged(id, p.supplier(), p.status().name(), status.name(), clock.instant()));
      }
      return new PurchaseOrder(p.id(), p.supplier(), p.location(), status, lines, receipts, p.version() + 1);
    });
    published.forEach(events::publish);
    return after;
  }

  /** Closes the order; units still open are no longer expected. */
  public PurchaseOrder close(String id) {
    return withdrawing(id, PoStatus.CLOSED);
  }

  /** Cancels the order before anything arrived; its units are no longer expected. */
  public PurchaseOrder cancel(String id) {
    return withdrawing(id, PoStatus.CANCELLED);
  }

  private PurchaseOrder withdrawing(String id, PoStatus to) {
    PurchaseOrder po = find(id);
    if (po.status() != to && !po.status().next().contains(to)) {
      throw new InvalidTransitionException("purchase order " + id, po.status().name(), to.name());
    }
    if (po.status() != to && po.lines().get(0).promised() != null) {
      for (PurchaseOrder.Line l : po.lines()) {
        if (l.open() > 0) {
          keeper.cancelSupply(StockKey.of(l.sku(), po.location()), po.supplyReference(l.lineId()),
              IdempotencyKey.of("po-" + id + "-" + l.lineId() + "-" + to.name().toLowerCase(java.util.Locale.ROOT)));
        }
      }
    }
    return move(id, to, PurchaseOrder::lines);
  }

  private static Receipt receipt(PurchaseOrder po, PurchaseOrder.Line line, long quantity, StockState state,
      @Nullable String lot, @Nullable LocalDate expiry, String ref, String key) {
    Receipt.Builder b = Receipt.builder().sku(line.sku()).location(po.location()).quantity(quantity).state(state)
        .supplyReference(ref).idempotencyKey(IdempotencyKey.of(key));
    if (lot != null) {
      b.lot(lot);
    }
    if (expiry != null) {
      b.lotExpiry(expiry);
    }
    return b.build();
  }

  private PurchaseOrder find(String id) {
    return repository.find(id).orElseThrow(() -> ValidationException.of("purchaseOrderId", "must be a purchase order", id));
  }

  private PurchaseOrder move(String id, PoStatus to, Function<PurchaseOrder, List<PurchaseOrder.Line>> lines) {
    List<DomainEvent> published = new ArrayList<>();
    PurchaseOrder after = update(id, po -> {
      published.clear();
      if (po.status() == to) {
        return null;
      }
      if (!po.status().next().contains(to)) {
        throw new InvalidTransitionException("purchase order " + id, po.status().name(), to.name());
      }
      published.add(new PurchaseOrderStatusChanged(id, po.supplier(), po.status().name(), to.name(), clock.instant()));
      return new PurchaseOrder(po.id(), po.supplier(), po.location(), to, lines.apply(po), po.receipts(), po.version() + 1);
    });
    published.forEach(events::publish);
    return after;
  }

  /** Applies a change with compare-and-set, retrying on a concurrent change; null from the change means none. */
  private PurchaseOrder update(String id, Function<PurchaseOrder, @Nullable PurchaseOrder> change) {
    while (true) {
      PurchaseOrder po = find(id);
      PurchaseOrder next = change.apply(po);
      if (next == null) {
        return po;
      }
      if (repository.save(next, po.version())) {
        return next;
      }
      Thread.onSpinWait();
    }
  }
}
