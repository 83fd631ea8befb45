package dev.ecomops.core.memory;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.spi.Outbox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded, thread-safe {@link OrderRepository}: a concurrent map from id to the latest
 * version, with conditional writes done atomically per id ({@code putIfAbsent}, {@code replace}
 * against the exact version read). Customer lookups scan a per-customer index.
 */
public final class InMemoryOrderRepository implements OrderRepository {
  private final ConcurrentHashMap<OrderId, Order> orders = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<OrderId>> byCustomer = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<OrderId>> byPayment = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<OrderId>> byAddress = new ConcurrentHashMap<>();

  /** Ids of orders whose latest version has a pending intent. */
  private final java.util.Set<OrderId> pending = ConcurrentHashMap.newKeySet();
  private final InMemoryOutbox outbox;

  private InMemoryOrderRepository(InMemoryOutbox outbox) {
    this.outbox = outbox;
  }

  /** A new, empty repository with an outbox of its own. */
  public static InMemoryOrderRepository create() {
    return new InMemoryOrderRepository(InMemoryOutbox.create());
  }

  /** A new, empty repository writing its events to {@code outbox}, which other stores may share. */
  public static InMemoryOrderRepository create(InMemoryOutbox outbox) {
    return new InMemoryOrderRepository(java.util.Objects.requireNonNull(outbox, "outbox"));
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return Optional.ofNullable(orders.get(id));
  }

  @Override
  public boolean insert(Order order, List<EventEnvelope> events) {
    boolean[] done = {false};
    orders.computeIfAbsent(order.id(), id -> {
      done[0] = true;
      // under the entry's lock: the order's events enter the outbox in version order
      outbox.append(events);
      markPending(order);
      return order;
    });
    if (!done[0]) {
      return false;
    }
    index(byCustomer, order.customerId(), order.id());
    order.paymentFingerprint().ifPresent(fp -> index(byPayment, fp, order.id()));
    index(byAddress, order.shipToKey(), order.id());
    return true;
  }

  private static void index(ConcurrentHashMap<String, List<OrderId>> index, String key, OrderId id) {
    index.compute(key, (k, ids) -> {
      if (ids != null && ids.contains(id)) {
        return ids;
      }
      List<OrderId> next = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
      next.add(id);
      return List.copyOf(next);
    });
  }

  @Override
  public boolean replace(Order next, long expectedVersion, List<EventEnvelope> events) {
    boolean[] done = {false};
    boolean[] moved = {false};
    orders.computeIfPresent(next.id(), (id, stored) -> {
      if (stored.version() != expectedVersion || next.version() != expectedVersion + 1) {
        return stored;
      }
      done[0] = true;
      moved[0] = !stored.shipTo().equals(next.shipTo());
      outbox.append(events);
      markPending(next);
      return next;
    });
    if (moved[0]) {
      // indexed after the write: a reader may miss the new address for an instant, never see a wrong one
      index(byAddress, next.shipToKey(), next.id());
    }
    return done[0];
  }

  private void markPending(Order o) {
    if (o.pending().isPresent()) {
      pending.add(o.id());
    } else {
      pending.remove(o.id());
    }
  }

  @Override
  public List<Order> pending(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit was " + limit + " but must be at least 1");
    }
    List<Order> out = new ArrayList<>();
    for (OrderId id : pending) {
      Order o = orders.get(id);
      if (o != null && o.pending().isPresent()) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparing(Order::placedAt).thenComparing(o -> o.id().value()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public List<Order> byCustomer(String customerId) {
    return lookup(byCustomer, customerId, o -> o.customerId().equals(customerId));
  }

  @Override
  public List<Order> byPaymentFingerprint(String fingerprint) {
    return lookup(byPayment, fingerprint, o -> o.paymentFingerprint().map(fingerprint::equals).orElse(false));
  }

  @Override
  public List<Order> byShipToKey(String shipToKey) {
    // an edited address is indexed under both keys; the current one decides
    return lookup(byAddress, shipToKey, o -> o.shipToKey().equals(shipToKey));
  }

  private List<Order> lookup(ConcurrentHashMap<String, List<OrderId>> index, String key,
      java.util.function.Predicate<Order> still) {
    List<Order> out = new ArrayList<>();
    for (OrderId id : index.getOrDefault(key, List.of())) {
      Order o = orders.get(id);
      if (o != null && still.test(o)) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparing(Order::placedAt));
    return out;
  }
}
