package dev.ecomops.core.order.spi;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.spi.Outbox;
import java.util.List;
import java.util.Optional;

/**
 * Where the host keeps orders. The {@code OrderManager} decides every
 * change; the repository stores versions of whole orders atomically.
 *
 * <p>Contract, checked by {@code dev.ecomops.testkit.order.OrderRepositoryContract}:
 *
 * <ol>
 *   <li><b>Conditional writes.</b> {@link #insert} stores an order only if its id is new; {@link
 *       #replace} stores a new version only if the stored version equals {@code expectedVersion}.
 *       Of two concurrent writes against one version, at most one succeeds.
 *   <li><b>Reads see whole writes.</b> After a write returns {@code true}, every read on any thread
 *       returns that version (or a later one), never part of it.
 *   <li><b>Unknown is empty.</b> An unknown id reads as empty; a customer without orders as an empty list.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 *   <li><b>Events with the state.</b> A write's events are written to {@link #outbox()} in the
 *       same atomic step, exactly when the write succeeds.
 *   <li><b>Pending intents are found.</b> {@link #pending} returns every stored order whose latest
 *       version has a {@link Order#pending() pending stock intent}, so a crash never hides one.
 * </ol>
 */
public interface OrderRepository {

  /**
   * An order by id.
   *
   * @return the stored version, or empty
   */
  Optional<Order> find(OrderId id);

  /**
   * Stores a new order with the events its placement causes.
   *
   * @param events written to the outbox with the order, in order
   * @return {@code false}, storing nothing, if the id is taken
   */
  boolean insert(Order order, List<EventEnvelope> events);

  /**
   * {@link #insert(Order, List)} without events.
   *
   * @return {@code false}, storing nothing, if the id is taken
   */
  default boolean insert(Order order) {
    return insert(order, List.of());
  }

  /**
   * Stores a new version of an order with the events the change causes.
   *
   * @param next the new version, whose {@link Order#version()} is {@code expectedVersion + 1}
   * @param expectedVersion the version it was computed from
   * @param events written to the outbox with the order, in order
   * @return {@code false}, storing nothing, if the stored version differs or the order is unknown
   */
  boolean replace(Order next, long expectedVersion, List<EventEnvelope> events);

  /**
   * {@link #replace(Order, long, List)} without events.
   *
   * @return {@code false}, storing nothing, if the stored version differs or the order is unknown
   */
  default boolean replace(Order next, long expectedVersion) {
    return replace(next, expectedVersion, List.of());
  }

  /**
   * Orders whose latest version has a pending stock intent, oldest first.
   *
   * @param limit the most to return, at least 1
   * @return up to {@code limit} orders
   */
  List<Order> pending(int limit);

  /**
   * The outbox this repository writes its events to.
   *
   * @return the same instance on every call
   */
  Outbox outbox();

  /**
   * A customer's orders, oldest first (for risk rules on order history).
   *
   * @return the orders, possibly empty
   */
  List<Order> byCustomer(String customerId);

  /**
   * Orders of any customer paid with an instrument of this fingerprint, oldest first (for risk
   * rules that spot one card behind many accounts).
   *
   * @return the orders, possibly empty
   */
  List<Order> byPaymentFingerprint(String fingerprint);

  /**
   * Orders of any customer shipping to this address, oldest first; addresses match by {@link
   * dev.ecomops.core.order.Order#shipToKey()}.
   *
   * @return the orders, possibly empty
   */
  List<Order> byShipToKey(String shipToKey);
}
