package dev.ecomops.testkit.fault;

import dev.ecomops.core.Address;
import dev.ecomops.core.EcomopsException;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.ManualClock;
import dev.ecomops.core.Money;
import dev.ecomops.core.Product;
import dev.ecomops.core.PurchaseOrderId;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.allocation.PriorityStrategy;
import dev.ecomops.core.allocation.service.Allocator;
import dev.ecomops.core.catalog.Location;
import dev.ecomops.core.event.RmaStatus;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.core.memory.InMemoryCatalog;
import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.order.Hold;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import dev.ecomops.core.order.PlaceOrder;
import dev.ecomops.core.order.service.OrderManager;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.RetriesExhaustedException;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.InventoryStore;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.memory.InMemoryRefundGateway;
import dev.ecomops.returns.policy.LineDecision;
import dev.ecomops.returns.refund.Refund;
import dev.ecomops.returns.refund.RefundCalculator;
import dev.ecomops.returns.rma.Grade;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.service.ReturnService;
import dev.ecomops.returns.service.SupportDesk;
import dev.ecomops.supply.purchase.Arrival;
import dev.ecomops.supply.purchase.PurchaseOrder;
import dev.ecomops.supply.service.PurchaseOrders;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One simulated store: the real services over the host's stores wrapped in fault injectors, a
 * relay per outbox into a deduplicating consumer, and what the simulated host remembers (orders
 * placed, carts held, POs, RMAs, tickets, commands it gave up on and will retry at recovery).
 */
final class SimWorld {
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  static final List<Sku> SKUS = List.of(Sku.of("S0"), Sku.of("S1"), Sku.of("S2"));
  static final List<LocationId> LOCATIONS = List.of(LocationId.of("L0"), LocationId.of("L1"));
  private static final int HOST_RETRIES = 3;

  final FaultInjector faults;
  final ManualClock clock = ManualClock.at(START);
  final FaultSimulation.Stores.Made real;
  final StockKeeper keeper;
  final OrderManager orders;
  final PurchaseOrders purchasing;
  final ReturnService returns;
  final SupportDesk support;
  final InMemoryRefundGateway gateway = new InMemoryRefundGateway();
  final DeliveryLog delivered = new DeliveryLog();
  final List<Outbox> outboxes = new ArrayList<>();
  final List<OutboxRelay> relays = new ArrayList<>();
  /** What the host remembers. */
  final List<OrderId> placed = new ArrayList<>();
  final List<IdempotencyKey> carts = new ArrayList<>();
  final List<String> pos = new ArrayList<>();
  final List<String> rmas = new ArrayList<>();
  final List<String> tickets = new ArrayList<>();
  final List<Runnable> abandoned = new ArrayList<>();
  /** Touched by the current step, for the checks. */
  final Set<OrderId> touchedOrders = new LinkedHashSet<>();
  final Set<String> touchedPos = new LinkedHashSet<>();
  final Set<String> touchedRmas = new LinkedHashSet<>();
  long simulatedNanos;
  long commands;
  long gaveUp;

  SimWorld(FaultSimulation.Stores stores, FaultInjector faults, RetryPolicy.Builder retry, long seed) {
    this.faults = faults;
    this.real = stores.fresh();
    InMemoryCatalog catalog = InMemoryCatalog.create();
    for (int i = 0; i < LOCATIONS.size(); i++) {
      catalog.add(Location.builder().id(LOCATIONS.get(i)).name("DC" + i).country("US")
          .position(GeoPoint.of(40 - 6 * i, -74 - 40 * i)).priority(i + 1).build());
    }
    for (Sku s : SKUS) {
      catalog.add(Product.builder().sku(s).name("product " + s).build());
    }
    java.util.SplittableRandom jitter = new java.util.SplittableRandom(seed ^ 0x5DEECE66DL);
    RetryPolicy policy = retry.nanoTime(() -> simulatedNanos).sleeper(n -> simulatedNanos += n)
        .jitter(jitter::nextLong).build();
    FaultyInventoryStore store = new FaultyInventoryStore(real.inventory(), faults);
    keeper = StockKeeper.builder().catalog(catalog).store(store).recordEvents().clock(clock)
        .ids(new FaultyIdGenerator(SequentialIdGenerator.create(), faults)).retry(policy).build();
    Allocator allocator = Allocator.of(keeper, PriorityStrategy.create());
    FaultyOrderRepository orderRepo = new FaultyOrderRepository(real.orders(), faults);
    orders = OrderManager.builder().keeper(keeper).allocator(allocator).orders(orderRepo).clock(clock).build();
    FaultyPurchaseOrderRepository poRepo = new FaultyPurchaseOrderRepository(real.purchaseOrders(), faults);
    purchasing = new PurchaseOrders(poRepo, keeper, EventPublisher.noop(), clock);
    FaultyReturnRepository rmaRepo = new FaultyReturnRepository(real.returns(), faults);
    returns = new ReturnService(rmaRepo, new FaultyRefundLedger(real.refunds(), faults), keeper,
        new FaultyRefundGateway(gateway, faults), EventPublisher.noop(), clock);
    FaultyTicketRepository ticketRepo = new FaultyTicketRepository(real.tickets(), faults);
    support = new SupportDesk(ticketRepo, EventPublisher.noop(), clock, policy);
    // one relay per distinct outbox (stores may share one), into the consumer through a faulty bus
    Map<Outbox, Outbox> distinct = new IdentityHashMap<>();
    Outbox[][] pairs = {{real.inventory().outbox(), store.outbox()}, {real.orders().outbox(), orderRepo.outbox()},
        {real.purchaseOrders().outbox(), poRepo.outbox()}, {real.returns().outbox(), rmaRepo.outbox()},
        {real.tickets().outbox(), ticketRepo.outbox()}};
    for (Outbox[] p : pairs) {
      if (distinct.putIfAbsent(p[0], p[1]) == null) {
        outboxes.add(p[0]);
        relays.add(OutboxRelay.builder().outbox(p[1]).publisher(new FaultyPublisher(delivered, faults)).clock(clock)
            .lease(Duration.ofSeconds(30)).build());
      }
    }
  }

  InventoryStore inventory() {
    return real.inventory();
  }

  /**
   * Runs one step as a host would: the command, retried a few times when a fault (or a lost race)
   * made it fail, and remembered for recovery when it still fails.
   *
   * @throws UnexpectedFailure if a command failed with an exception no caller should see
   */
  void run(SimStep s) {
    touchedOrders.clear();
    touchedPos.clear();
    touchedRmas.clear();
    Runnable command = command(s);
    if (command != null) {
      host(s, command);
    }
  }

  private void host(SimStep s, Runnable command) {
    for (int attempt = 0; ; attempt++) {
      commands++;
      try {
        command.run();
        return;
      } catch (RuntimeException e) {
        if (!isFault(e)) {
          if (e instanceof EcomopsException) {
            return; // refused for a business reason (no stock, wrong state): an answer, not a failure
          }
          throw new UnexpectedFailure(s + " threw " + e, e);
        }
        if (attempt == HOST_RETRIES) {
          gaveUp++;
          abandoned.add(command);
          return;
        }
      }
    }
  }

  static boolean isFault(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InjectedFault || t instanceof RetriesExhaustedException
          || t instanceof ConcurrentModificationException) {
        return true;
      }
    }
    return false;
  }

  /** The command of a step, or null when the host has nothing it applies to. */
  private Runnable command(SimStep s) {
    int a = s.a();
    int b = s.b();
    Sku sku = SKUS.get(a % SKUS.size());
    LocationId at = LOCATIONS.get(b % LOCATIONS.size());
    OrderId order = placed.isEmpty() ? null : placed.get(a % placed.size());
    if (order != null) {
      touchedOrders.add(order);
    }
    switch (s.op()) {
      case RECEIVE:
        return () -> keeper.receive(Receipt.builder().sku(sku).location(at).quantity(1 + b % 12)
            .idempotencyKey(IdempotencyKey.of("rcv-" + s.index())).build());
      case CART: {
        IdempotencyKey key = IdempotencyKey.of("cart-" + s.index());
        carts.add(key);
        return () -> keeper.reserve(ReserveRequest.builder().sku(sku).location(at).quantity(1 + b % 3)
            .reference("cart-" + s.index()).timeToLive(Duration.ofMinutes(30)).idempotencyKey(key).build());
      }
      case CART_RELEASE: {
        if (carts.isEmpty()) {
          return null;
        }
        IdempotencyKey key = carts.get(a % carts.size());
        return () -> {
          CommitRecord r = keeper.store().committed(key).orElse(null);
          if (r != null) {
            for (Reservation res : r.reservations()) {
              keeper.release(res.id());
            }
          }
        };
      }
      case PLACE: {
        OrderId id = OrderId.of("O" + s.index());
        placed.add(id);
        touchedOrders.add(id);
        PlaceOrder.Builder p = PlaceOrder.builder().orderId(id).customerId("c" + a % 7).shipTo(ADDRESS)
            .addLines(line("1", sku, 1 + a % 4));
        if (b % 2 == 0) {
          p.addLines(line("2", SKUS.get((a + 1) % SKUS.size()), 1 + b % 3));
        }
        PlaceOrder command = p.build();
        return () -> orders.place(command);
      }
      case CANCEL:
        return order == null ? null : () -> orders.cancel(order);
      case CANCEL_LINE:
        return order == null ? null : () -> orders.cancelLine(order, "1");
      case CHANGE_QUANTITY:
        return order == null ? null
            : () -> orders.changeQuantity(order, "1", 1 + b % 5, IdempotencyKey.of("qty-" + s.index()));
      case RELEASE:
        return order == null ? null : () -> orders.release(order);
      case PICK:
        return order == null ? null : () -> orders.markPicked(order);
      case PACK:
        return order == null ? null : () -> orders.markPacked(order);
      case SHIP:
        return order == null ? null : () -> orders.ship(order);
      case DELIVER:
        return order == null ? null : () -> orders.deliver(order);
      case BACKORDERS:
        return order == null ? null : () -> orders.allocateBackorders(order, IdempotencyKey.of("bo-" + s.index()));
      case REALLOCATE:
        return order == null ? null : () -> orders.reallocate(order, LOCATIONS.get(0), IdempotencyKey.of("re-" + s.index()));
      case HOLD:
        return order == null ? null : () -> orders.hold(order, Hold.Reason.CUSTOMER_REQUEST, "simulated");
      case UNHOLD:
        return order == null ? null : () -> orders.releaseHold(order, Hold.Reason.CUSTOMER_REQUEST);
      case PO_OPEN: {
        String id = "PO" + s.index();
        pos.add(id);
        touchedPos.add(id);
        PurchaseOrder draft = PurchaseOrder.draft(PurchaseOrderId.of(id), "supplier-" + a % 3, at,
            List.of(PurchaseOrder.Line.of("1", sku, 5 + b % 20, Money.of("2.50", "USD"))));
        return () -> {
          purchasing.create(draft);
          purchasing.send(PurchaseOrderId.of(id));
          purchasing.confirm(PurchaseOrderId.of(id), Map.of("1", LocalDate.ofInstant(clock.instant(), clock.getZone()).plusDays(7)));
        };
      }
      case PO_RECEIVE: {
        if (pos.isEmpty()) {
          return null;
        }
        String id = pos.get(a % pos.size());
        touchedPos.add(id);
        return () -> {
          PurchaseOrder po = purchasing.find(PurchaseOrderId.of(id));
          long open = po.lines().get(0).open();
          if (open > 0) {
            purchasing.receive(PurchaseOrderId.of(id), Arrival.of("rc-" + s.index(), "1", Math.min(open, 1 + b % 10)));
          }
        };
      }
      case PO_CLOSE: {
        if (pos.isEmpty()) {
          return null;
        }
        String id = pos.get(a % pos.size());
        touchedPos.add(id);
        return () -> purchasing.close(PurchaseOrderId.of(id));
      }
      case RMA_OPEN:
        return order == null ? null : () -> {
          Order o = orders.find(order).orElse(null);
          if (o == null || !o.line("1").status().hasShipped()) {
            return;
          }
          String id = "RMA-" + order.value();
          OrderLineState l = o.line("1");
          LineDecision d = new LineDecision("1", l.line().quantity(), LineDecision.Outcome.APPROVED, "sim", "simulated",
              Money.zero(l.line().unitPrice().currency()), false, false, false);
          returns.open(RmaId.of(id), o, List.of(d), LOCATIONS.get(0));
          if (!rmas.contains(id)) {
            rmas.add(id);
          }
          touchedRmas.add(id);
          returns.approve(RmaId.of(id));
        };
      case RMA_RECEIVE:
        return rma(a, id -> {
          Rma r = returns.settle(RmaId.of(id));
          Rma.Line l = r.line("1");
          if (l.received() < l.quantity() && (r.status() == RmaStatus.APPROVED || r.status() == RmaStatus.RECEIVED)) {
            returns.receive(RmaId.of(id), "pkg-" + s.index(), Map.of("1", l.quantity() - l.received()));
          }
        });
      case RMA_INSPECT:
        return rma(a, id -> {
          Rma.Line l = returns.settle(RmaId.of(id)).line("1");
          long left = l.received() - l.inspected();
          if (left > 0) {
            returns.inspect(RmaId.of(id), "1", Grade.values()[b % Grade.values().length], left, "in-" + s.index());
          }
        });
      case RMA_REFUND:
        return rma(a, id -> {
          Rma r = returns.settle(RmaId.of(id));
          if (r.status() == RmaStatus.INSPECTED || r.status() == RmaStatus.RESOLVED) {
            Order o = orders.find(r.orderId()).orElseThrow();
            boolean credit = b % 4 == 0;
            Money zero = Money.zero(o.line("1").line().unitPrice().currency());
            Refund refund = RefundCalculator.refund(o, List.of(new LineDecision("1", r.line("1").received(),
                LineDecision.Outcome.APPROVED, "sim", "simulated", zero, false, false, false)), Map.of(), zero, zero,
                credit, BigDecimal.ZERO);
            returns.refund(RmaId.of(id), refund, credit);
          }
        });
      case TICKET_OPEN: {
        String id = "T" + s.index();
        tickets.add(id);
        return () -> support.open(id, "email", order == null ? "" : order.value());
      }
      case TICKET_RESOLVE: {
        if (tickets.isEmpty()) {
          return null;
        }
        String id = tickets.get(a % tickets.size());
        return () -> {
          if (b % 2 == 0) {
            support.respond(id);
          } else {
            support.resolve(id);
          }
        };
      }
      case RELAY:
        return () -> {
          for (OutboxRelay r : relays) {
            r.relayOnce(1 + a % 40);
          }
        };
      case TICK:
        return () -> {
          clock.advance(Duration.ofMinutes(1 + a % 90));
          keeper.expireDue(100);
          orders.settlePending(20);
        };
      default:
        throw new IllegalStateException("no command for " + s.op());
    }
  }

  private Runnable rma(int a, java.util.function.Consumer<String> body) {
    if (rmas.isEmpty()) {
      return null;
    }
    String id = rmas.get(a % rmas.size());
    touchedRmas.add(id);
    return () -> body.accept(id);
  }

  /**
   * What a host does after an outage: faults off, every command it gave up on retried, pending
   * intents settled, clocks past every lease and time-to-live, outboxes drained.
   */
  void recover() {
    faults.enabled(false);
    for (Runnable r : abandoned) {
      try {
        r.run();
      } catch (EcomopsException refused) {
        // a business answer now (the cart's stock went meanwhile): fine
      }
    }
    abandoned.clear();
    while (orders.settlePending(1_000) > 0) {
      // settle until none is left
    }
    for (String id : rmas) {
      returns.settle(RmaId.of(id));
    }
    clock.advance(Duration.ofDays(1));
    while (keeper.expireDue(1_000) > 0) {
      // expire every cart
    }
    for (OutboxRelay r : relays) {
      r.drain(1_000, 1_000_000);
    }
  }

  private static final Address ADDRESS = Address.builder().line1("1 Main St").city("Springfield").postalCode("12345")
      .country("US").build();

  private static OrderLine line(String id, Sku sku, long quantity) {
    return OrderLine.builder().lineId(id).sku(sku).quantity(quantity).unitPrice(Money.of("10.00", "USD")).build();
  }

  /** A command failed with an exception no caller of ecomops should ever see. */
  static final class UnexpectedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnexpectedFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
