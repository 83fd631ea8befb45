package dev.ecomops.testkit.order;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.spi.Outbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order kit run against a repository whose replace checks the version and then writes, not
 * atomically. Not a test of its own: {@link OrderRepositoryContractFailsTest} runs it and expects
 * failures.
 */
class RacyOrderRepositoryRun extends OrderRepositoryContract {
  @Override
  protected OrderRepository newRepository() {
    Map<OrderId, Order> orders = new ConcurrentHashMap<>();
    InMemoryOutbox outbox = InMemoryOutbox.create();
    return new OrderRepository() {
      @Override
      public Optional<Order> find(OrderId id) {
        return Optional.ofNullable(orders.get(id));
      }

      @Override
      public synchronized boolean insert(Order order, List<EventEnvelope> events) {
        if (orders.putIfAbsent(order.id(), order) != null) {
          return false;
        }
        outbox.append(events);
        return true;
      }

      @Override
      public boolean replace(Order next, long expectedVersion, List<EventEnvelope> events) {
        Order stored = orders.get(next.id());
        if (stored == null || stored.version() != expectedVersion) {
          return false;
        }
        Thread.yield(); // the window between check and write that a real database round trip opens
        orders.put(next.id(), next);
        outbox.append(events);
        return true;
      }

      @Override
      public List<Order> byCustomer(String customerId) {
        return matching(o -> o.customerId().equals(customerId));
      }

      @Override
      public List<Order> byPaymentFingerprint(String fingerprint) {
        return matching(o -> o.paymentFingerprint().map(fingerprint::equals).orElse(false));
      }

      @Override
      public List<Order> byShipToKey(String shipToKey) {
        return matching(o -> o.shipToKey().equals(shipToKey));
      }

      @Override
      public List<Order> pending(int limit) {
        List<Order> all = matching(o -> o.pending().isPresent());
        all.sort(java.util.Comparator.comparing(Order::placedAt).thenComparing(o -> o.id().value()));
        return all.size() > limit ? all.subList(0, limit) : all;
      }

      @Override
      public Outbox outbox() {
        return outbox;
      }

      private List<Order> matching(java.util.function.Predicate<Order> p) {
        List<Order> out = new ArrayList<>();
        orders.values().stream().filter(p).sorted(java.util.Comparator.comparing(Order::placedAt)).forEach(out::add);
        return out;
      }
    };
  }
}
