package dev.ecomops.core.memory;

import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.spi.OrderRepository;
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

  private InMemoryOrderRepository() {}

  /** A new, empty repository. */
  public static InMemoryOrderRepository create() {
    return new InMemoryOrderRepository();
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return Optional.ofNullable(orders.get(id));
  }

  @Override
  public boolean insert(Order order) {
    if (orders.putIfAbsent(order.id(), order) != null) {
      return false;
    }
    byCustomer.compute(order.customerId(), (k, ids) -> {
      List<OrderId> next = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
      next.add(order.id());
      return List.copyOf(next);
    });
    return true;
  }

  @Override
  public boolean replace(Order next, long expectedVersion) {
    boolean[] done = {false};
    orders.computeIfPresent(next.id(), (id, stored) -> {
      if (stored.version() != expectedVersion || next.version() != expectedVersion + 1) {
        return stored;
      }
      done[0] = true;
      return next;
    });
    return done[0];
  }

  @Override
  public List<Order> byCustomer(String customerId) {
    List<Order> out = new ArrayList<>();
    for (OrderId id : byCustomer.getOrDefault(customerId, List.of())) {
      Order o = orders.get(id);
      if (o != null) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparing(Order::placedAt));
    return out;
  }
}
