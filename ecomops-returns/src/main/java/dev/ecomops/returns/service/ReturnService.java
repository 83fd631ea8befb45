package dev.ecomops.returns.service;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.ReturnEvent.RefundIssued;
import dev.ecomops.core.event.ReturnEvent.ReturnInspected;
import dev.ecomops.core.event.ReturnEvent.ReturnReceived;
import dev.ecomops.core.event.ReturnEvent.RmaStatusChanged;
import dev.ecomops.core.event.RmaStatus;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.Conflicts;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.returns.policy.LineDecision;
import dev.ecomops.returns.refund.Refund;
import dev.ecomops.returns.rma.Grade;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.RefundGateway;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.returns.spi.RefundRecord;
import dev.ecomops.returns.spi.ReturnRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Runs RMAs through their lifecycle ({@link RmaStatus}). Every command is idempotent: repeating a
 * move to the status an RMA already has, a package already received, an inspection key already
 * applied, or a refund already paid changes nothing and publishes nothing. Illegal moves throw
 * {@link InvalidTransitionException} and change nothing. Thread safe.
 *
 * <p>Inspection is one unit of work over two stores, made safe by a recorded intent: the grading
 * is saved on the RMA together with a pending ledger post ({@link Rma#pendingPosts()}; the RMA's
 * version check settles concurrent inspections of the same units), then the units are posted to
 * the inventory ledger (a {@code RETURN} movement in the disposition's state) under the
 * inspection's idempotency key, then the pending post is cleared. A crash or a lost
 * acknowledgement between the steps leaves the intent on the RMA, and every later command on the
 * RMA (and {@link #settle}) completes it first, so no received unit is lost between receipt and
 * disposition, none is posted twice, and no refund is paid for units not yet in the ledger.
 *
 * <p>A refund is recorded in a {@link RefundLedger} before the gateway is
 * called and again with the gateway's reference, so a retry after a crash anywhere in between
 * pays once, at the amount first intended, even through a gateway that no longer remembers the
 * key.
 *
 * <p>Each change's events are saved with the RMA in the repository's outbox; with a publisher
 * given, the service relays the outbox after each command. Concurrent commands on one RMA retry
 * on the repository's version check as the keeper's {@link dev.ecomops.core.retry.RetryPolicy}
 * allows, then give up with {@link dev.ecomops.core.retry.RetriesExhaustedException}, having
 * written nothing.
 */
public final class ReturnService {
  private final ReturnRepository repository;
  private final StockKeeper keeper;
  private final RefundPayments payments;
  private final @Nullable OutboxRelay relay;
  private final Clock clock;

  /**
   * A service over these collaborators.
   *
   * @param ledger where refunds are recorded before and after paying ({@code InMemoryRefundLedger}
   *     for tests and demos; a database's for a host that must pay once across restarts)
   * @param events where the repository's outbox is relayed after each command; {@link
   *     EventPublisher#noop()} to leave delivery to the host's own {@link OutboxRelay}
   */
  public ReturnService(ReturnRepository repository, RefundLedger ledger, StockKeeper keeper, RefundGateway gateway,
      EventPublisher events, Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.payments = new RefundPayments(Objects.requireNonNull(ledger, "ledger"),
        Objects.requireNonNull(gateway, "gateway"));
    this.keeper = Objects.requireNonNull(keeper, "keeper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.relay = OutboxRelay.inline(repository.outbox(), Objects.requireNonNull(events, "events"), clock);
  }

  /**
   * Opens an RMA for the lines a policy approved (lines kept or rejected do not come back);
   * opening the same id again returns the RMA as it is.
   *
   * @param location where the goods come back to
   * @throws ValidationException naming {@code decisions} when no line was approved
   */
  public Rma open(RmaId rmaId, Order order, List<LineDecision> decisions, LocationId location) {
    var existing = repository.find(rmaId);
    if (existing.isPresent()) {
      return relayed(settle(rmaId));
    }
    List<Rma.Line> lines = new ArrayList<>();
    for (LineDecision d : decisions) {
      if (d.outcome() == LineDecision.Outcome.APPROVED) {
        lines.add(new Rma.Line(d.lineId(), order.line(d.lineId()).line().sku(), d.quantity(), 0, Map.of()));
      }
    }
    if (lines.isEmpty()) {
      throw ValidationException.of("decisions", "must approve at least one line to come back", rmaId);
    }
    Rma rma = new Rma(rmaId, order.id(), location, RmaStatus.REQUESTED, lines, Set.of(), Set.of(), false, 1);
    if (!repository.save(rma, 0, List.of(EventEnvelope.ofVersion("rma", rmaId, 1, 0,
        new RmaStatusChanged(rmaId, order.id(), null, RmaStatus.REQUESTED, clock.instant()))))) {
      return relayed(Conflicts.stored(repository.find(rmaId), "RMA", rmaId));
    }
    return relayed(rma);
  }

  /** Approves a requested RMA. */
  public Rma approve(RmaId rmaId) {
    return move(rmaId, RmaStatus.APPROVED);
  }

  /** Rejects a requested RMA. */
  public Rma reject(RmaId rmaId) {
    return move(rmaId, RmaStatus.REJECTED);
  }

  /** Records that a return label was issued. */
  public Rma labelIssued(RmaId rmaId) {
    return move(rmaId, RmaStatus.LABEL_ISSUED);
  }

  /** Records that the goods are on their way. */
  public Rma inTransit(RmaId rmaId) {
    return move(rmaId, RmaStatus.IN_TRANSIT);
  }

  /** Cancels an RMA before anything arrived. */
  public Rma cancel(RmaId rmaId) {
    return move(rmaId, RmaStatus.CANCELLED);
  }

  /** Closes a resolved or rejected RMA. */
  public Rma close(RmaId rmaId) {
    return move(rmaId, RmaStatus.CLOSED);
  }

  /**
   * Records a package's contents; the same package again changes nothing.
   *
   * @param units units per order line in the package
   * @throws ValidationException naming {@code units} for more units than the line still awaits
   */
  public Rma receive(RmaId rmaId, String packageId, Map<String, Long> units) {
    settle(rmaId);
    return relayed(update(rmaId, (rma, published) -> {
      if (rma.packages().contains(packageId)) {
        return null;
      }
      check(rma, RmaStatus.RECEIVED);
      List<Rma.Line> lines = new ArrayList<>();
      for (Rma.Line l : rma.lines()) {
        long q = units.getOrDefault(l.lineId(), 0L);
        if (q < 0 || l.received() + q > l.quantity()) {
          throw ValidationException.of("units", "line " + l.lineId() + " awaits " + (l.quantity() - l.received())
              + " more units", q);
        }
        if (q > 0) {
          published.add(new ReturnReceived(rmaId, rma.orderId(), packageId, rma.location(), l.sku(), q,
              clock.instant()));
        }
        lines.add(new Rma.Line(l.lineId(), l.sku(), l.quantity(), l.received() + q, l.graded()));
      }
      for (String lineId : units.keySet()) {
        rma.line(lineId);
      }
      Set<String> packages = new HashSet<>(rma.packages());
      packages.add(packageId);
      if (rma.status() != RmaStatus.RECEIVED) {
        published.add(0, new RmaStatusChanged(rmaId, rma.orderId(), rma.status(), RmaStatus.RECEIVED,
            clock.instant()));
      }
      return new Rma(rmaId, rma.orderId(), rma.location(), RmaStatus.RECEIVED, lines, packages, rma.applied(),
          rma.refunded(), rma.version() + 1, rma.pendingPosts());
    }));
  }

  /**
   * Grades received units and posts them to inventory in their disposition's state. Once every
   * authorized unit is received and graded, the RMA is inspected.
   *
   * @param key this inspection's idempotency key
   * @throws ValidationException naming {@code quantity} for more units than are received and not yet graded
   */
  public Rma inspect(RmaId rmaId, String lineId, Grade grade, long quantity, String key) {
    return inspect(rmaId, lineId, grade, grade.disposition(), quantity, key);
  }

  /**
   * Grades received units with a disposition other than the grade's default (a category's own
   * rule, a vendor agreement), posting them in that disposition's state.
   *
   * @throws ValidationException naming {@code quantity} for more units than are received and not yet graded
   */
  public Rma inspect(RmaId rmaId, String lineId, Grade grade, Grade.Disposition disposition, long quantity,
      String key) {
    settle(rmaId);
    // the RMA is updated first, with the post as a pending intent: its version check decides
    // between concurrent inspections of the same units, so only the winner posts; the ledger post
    // carries the inspection's key, so completing the intent twice posts once
    update(rmaId, (rma, published) -> {
      if (rma.applied().contains(key)) {
        return null;
      }
      if (rma.status() != RmaStatus.RECEIVED) {
        throw new InvalidTransitionException("RMA " + rmaId, rma.status().name(), "inspection");
      }
      Rma.Line target = rma.line(lineId);
      if (quantity < 1 || quantity > target.received() - target.inspected()) {
        throw ValidationException.of("quantity", "must be 1 to the " + (target.received() - target.inspected())
            + " units received and not yet graded", quantity);
      }
      List<Rma.Line> lines = new ArrayList<>();
      boolean done = true;
      for (Rma.Line l : rma.lines()) {
        Map<Grade, Long> graded = new EnumMap<>(Grade.class);
        graded.putAll(l.graded());
        if (l.lineId().equals(lineId)) {
          graded.merge(grade, quantity, Long::sum);
        }
        Rma.Line n = new Rma.Line(l.lineId(), l.sku(), l.quantity(), l.received(), graded);
        done &= n.inspected() == n.quantity();
        lines.add(n);
      }
      Set<String> applied = new HashSet<>(rma.applied());
      applied.add(key);
      RmaStatus status = done ? RmaStatus.INSPECTED : rma.status();
      published.add(new ReturnInspected(rmaId, rma.orderId(), target.sku(), grade.name(), disposition.name(), quantity,
          clock.instant()));
      if (done) {
        published.add(new RmaStatusChanged(rmaId, rma.orderId(), rma.status(), status, clock.instant()));
      }
      List<Rma.StockPost> posts = new ArrayList<>(rma.pendingPosts());
      posts.add(new Rma.StockPost(key, target.sku(), quantity, disposition));
      return new Rma(rmaId, rma.orderId(), rma.location(), status, lines, rma.packages(), applied, rma.refunded(),
          rma.version() + 1, posts);
    });
    return relayed(settle(rmaId));
  }

  /**
   * Completes what inspections left pending on an RMA: posts their units to the ledger (under
   * their keys, so what was posted already is not posted again) and clears the intents. Every
   * command on the RMA does this first; hosts may also call it for RMAs a crash left pending.
   *
   * @return the RMA with no pending posts
   * @throws ValidationException naming {@code rmaId} if unknown
   */
  public Rma settle(RmaId rmaId) {
    Rma rma = find(rmaId);
    if (rma.pendingPosts().isEmpty()) {
      return rma;
    }
    for (Rma.StockPost p : rma.pendingPosts()) {
      keeper.returnToStock(StockKey.of(p.sku(), rma.location()), p.quantity(), p.disposition().state(), null,
          IdempotencyKey.of("rma-" + rmaId + "-" + p.key()));
    }
    List<Rma.StockPost> posted = rma.pendingPosts();
    return update(rmaId, (r, published) -> {
      if (r.pendingPosts().isEmpty()) {
        return null;
      }
      List<Rma.StockPost> left = new ArrayList<>(r.pendingPosts());
      left.removeAll(posted);
      return left.size() == r.pendingPosts().size() ? null : r.withPendingPosts(left);
    });
  }

  /**
   * Pays the refund of an inspected RMA through the gateway (idempotency key {@code rma-<id>})
   * and resolves it; a second call changes nothing. The refund is the {@link
   * dev.ecomops.returns.refund.RefundCalculator}'s breakdown, and it is checked against the RMA
   * before anything is paid: every line it refunds is a line of the RMA, with no more units than
   * arrived, and a store-credit bonus only when paid as store credit. An amount no breakdown
   * supports cannot be paid. The intent is recorded in the ledger before the gateway is called;
   * a retry after an interruption completes that intent (same amount, same key) instead of paying
   * what it asks for.
   *
   * @param refund what to pay, as the calculator worked it out for this RMA's received units
   * @param storeCredit whether it is paid as store credit
   * @throws ValidationException naming {@code refund.lines} or {@code refund.storeCreditBonus} when
   *     the refund does not match the RMA; nothing is paid then
   * @throws InvalidTransitionException if the RMA is not inspected
   */
  public Rma refund(RmaId rmaId, Refund refund, boolean storeCredit) {
    Rma now = settle(rmaId);
    if (now.refunded()) {
      return relayed(now);
    }
    check(now, RmaStatus.RESOLVED);
    RefundRecord paid = payments.payOnce(now, refund, storeCredit);
    return relayed(update(rmaId, (rma, published) -> {
      if (rma.refunded()) {
        return null;
      }
      check(rma, RmaStatus.RESOLVED);
      published.add(new RefundIssued(rmaId, rma.orderId(), paid.amount(), paid.storeCredit(), clock.instant()));
      published.add(new RmaStatusChanged(rmaId, rma.orderId(), rma.status(), RmaStatus.RESOLVED,
          clock.instant()));
      return new Rma(rmaId, rma.orderId(), rma.location(), RmaStatus.RESOLVED, rma.lines(), rma.packages(), rma.applied(),
          true, rma.version() + 1, rma.pendingPosts());
    }));
  }

  /** The refunds recorded for an order (paid, or intended and not yet confirmed), by key. */
  public List<RefundRecord> refunds(OrderId orderId) {
    return payments.byOrder(orderId);
  }

  private Rma move(RmaId rmaId, RmaStatus to) {
    settle(rmaId);
    return relayed(update(rmaId, (rma, published) -> {
      if (rma.status() == to) {
        return null;
      }
      check(rma, to);
      published.add(new RmaStatusChanged(rmaId, rma.orderId(), rma.status(), to, clock.instant()));
      return new Rma(rmaId, rma.orderId(), rma.location(), to, rma.lines(), rma.packages(), rma.applied(), rma.refunded(),
          rma.version() + 1, rma.pendingPosts());
    }));
  }

  private static void check(Rma rma, RmaStatus to) {
    if (!rma.status().next().contains(to)) {
      throw new InvalidTransitionException("RMA " + rma.id(), rma.status().name(), to.name());
    }
  }

  private Rma find(RmaId rmaId) {
    return repository.find(rmaId).orElseThrow(() -> ValidationException.of("rmaId", "must be an RMA", rmaId));
  }

  /**
   * Applies a change with compare-and-set, saving the events it adds with it, and retries on a
   * concurrent change as the keeper's retry policy allows; null from the change means none.
   */
  private Rma update(RmaId rmaId, BiFunction<Rma, List<DomainEvent>, @Nullable Rma> change) {
    RetryPolicy.Attempts attempts = null;
    while (true) {
      Rma rma = find(rmaId);
      List<DomainEvent> events = new ArrayList<>(2);
      Rma next = change.apply(rma, events);
      if (next == null) {
        return rma;
      }
      List<EventEnvelope> envelopes = new ArrayList<>(events.size());
      for (int i = 0; i < events.size(); i++) {
        envelopes.add(EventEnvelope.ofVersion("rma", rmaId, next.version(), i, events.get(i)));
      }
      if (repository.save(next, rma.version(), envelopes)) {
        return next;
      }
      if (attempts == null) {
        attempts = keeper.retryPolicy().start("RMA", rmaId);
      }
      attempts.backOff();
    }
  }

  /** Delivers what waits in the outbox, if this service relays; the command's result either way. */
  private Rma relayed(Rma rma) {
    if (relay != null) {
      relay.relayAfterCommand();
    }
    return rma;
  }
}
