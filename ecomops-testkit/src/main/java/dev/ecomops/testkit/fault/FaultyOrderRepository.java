package dev.ecomops.testkit.fault;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.spi.Outbox;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An {@link OrderRepository} whose writes and reads fail as a database's do (see {@link FaultInjector}). */
public final class FaultyOrderRepository implements OrderRepository {
  private final OrderRepository delegate;
  private final FaultInjector faults;
  private final Outbox outbox;

  /**
   * A wrapper.
   *
   * @param delegate the real repository
   * @param faults the source of faults
   */
  public FaultyOrderRepository(OrderRepository delegate, FaultInjector faults) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.outbox = new FaultyOutbox(delegate.outbox(), faults);
  }

  @Override
  public Optional<Order> find(OrderId id) {
    faults.read("OrderRepository.find");
    return delegate.find(id);
  }

  @Override
  public boolean insert(Order order, List<EventEnvelope> events) {
    return faults.write("OrderRepository.insert", () -> delegate.insert(order, events), false);
  }

  @Override
  public boolean replace(Order next, long expectedVersion, List<EventEnvelope> events) {
    return faults.write("OrderRepository.replace", () -> delegate.replace(next, expectedVersion, events), false);
  }

  @Override
  public List<Order> pending(int limit) {
    faults.read("OrderRepository.pending");
    return delegate.pending(limit);
  }

  @Override
  public List<Order> byCustomer(String customerId) {
    faults.read("OrderRepository.byCustomer");
    return delegate.byCustomer(customerId);
  }

  @Override
  public List<Order> byPaymentFingerprint(String fingerprint) {
    return delegate.byPaymentFingerprint(fingerprint);
  }

  @Override
  public List<Order> byShipToKey(String shipToKey) {
    return delegate.byShipToKey(shipToKey);
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
