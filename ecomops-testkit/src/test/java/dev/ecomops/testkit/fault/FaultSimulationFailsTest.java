package dev.ecomops.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryInventoryStore;
import dev.ecomops.core.memory.InMemoryOrderRepository;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.spi.OrderRepository;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.memory.InMemoryReturnRepository;
import dev.ecomops.returns.memory.InMemoryTicketRepository;
import dev.ecomops.supply.memory.InMemoryPurchaseOrderRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The simulation is able to fail: each of the defects issue 18 found, put back on purpose, makes
 * it report a violation with a seed and a shortened step list.
 */
@DisplayName("Fault simulation catches the old defects")
class FaultSimulationFailsTest {

  private static FaultSimulation.Report run(FaultSimulation sim) {
    FaultSimulation.Report r = sim.faultRate(0.05).runAndShrink(7, 4_000, 60);
    System.out.println(r.describe());
    return r;
  }

  @Test
  @DisplayName("events published after the commit, outside it: a failure in between loses them, and the simulation says so")
  void publishAfterCommit_caught() {
    FaultSimulation.Report r = run(FaultSimulation.against(new FaultSimulation.Stores(PublishAfterCommitStore::new,
        InMemoryOrderRepository::create, InMemoryPurchaseOrderRepository::new, InMemoryReturnRepository::new,
        InMemoryTicketRepository::new)));
    assertThat(r.ok()).isFalse();
    assertThat(r.violations()).anyMatch(v -> v.contains("StockMoved events arrived"));
    assertThat(r.reproduction()).isNotEmpty().hasSizeLessThan(r.steps());
  }

  @Test
  @DisplayName("an order saved after its stock in two writes, with no intent between: the simulation finds stock held for nobody")
  void orderSavedAfterStock_caught() {
    FaultSimulation.Report r = run(FaultSimulation.against(new FaultSimulation.Stores(InMemoryInventoryStore::create,
        IntentDroppingOrders::new, InMemoryPurchaseOrderRepository::new, InMemoryReturnRepository::new,
        InMemoryTicketRepository::new)));
    assertThat(r.ok()).isFalse();
    assertThat(r.violations()).anyMatch(v -> v.contains("account for") || v.contains("reservations hold")
        || v.contains("reservations still hold"));
  }

  @Test
  @DisplayName("a retry loop that never gives up: a conflict storm runs it past the step's call budget")
  void unboundedRetry_caught() {
    FaultSimulation.Report r = run(FaultSimulation.inMemory().conflictStorms(0.01)
        .retry(b -> b.maxAttempts(Integer.MAX_VALUE).deadline(Duration.ofDays(1_000_000))));
    assertThat(r.ok()).isFalse();
    assertThat(r.violations()).anyMatch(v -> v.contains("retry loop that does not give up"));
  }

  @Test
  @DisplayName("the same policy bounded (the default) survives the same storms")
  void boundedRetry_survives() {
    FaultSimulation.Report r = run(FaultSimulation.inMemory().conflictStorms(0.01));
    assertThat(r.violations()).as(r.describe()).isEmpty();
    assertThat(r.gaveUp()).isPositive();
  }

  /**
   * The old way: the store commits the state without its events, and the events are appended
   * afterwards in a second step, which fails now and then (the process died, the bus was down).
   */
  static final class PublishAfterCommitStore extends ForwardingInventoryStore {
    private final InMemoryOutbox outbox = InMemoryOutbox.create();
    private final SplittableRandom crashes = new SplittableRandom(3);

    PublishAfterCommitStore() {
      super(InMemoryInventoryStore.create(InMemoryOutbox.create()));
    }

    @Override
    public CommitOutcome commit(Commit c) {
      CommitOutcome o = delegate().commit(new Commit(c.idempotencyKey(), c.fingerprint(), c.stock(), c.reservations()));
      if (o.status() == CommitOutcome.Status.APPLIED && crashes.nextInt(50) != 0) {
        outbox.append(c.events());
      }
      return o;
    }

    @Override
    public Outbox outbox() {
      return outbox;
    }
  }

  /** The old way for orders: the manager's intents never reach storage, so stock and order are two unrelated writes. */
  static final class IntentDroppingOrders implements OrderRepository {
    private final InMemoryOrderRepository real = InMemoryOrderRepository.create();

    private static Order withoutIntent(Order o) {
      return Order.builder().id(o.id()).channel(o.channel()).customerId(o.customerId()).shipTo(o.shipTo())
          .shipToPosition(o.shipToPosition()).billingCountry(o.billingCountry())
          .paymentFingerprint(o.paymentFingerprint()).service(o.service()).shipBy(o.shipBy()).deliverBy(o.deliverBy())
          .placedAt(o.placedAt()).policy(o.policy()).addAllLines(o.lines()).addAllHolds(o.holds()).version(o.version())
          .build();
    }

    @Override
    public Optional<Order> find(OrderId id) {
      return real.find(id);
    }

    @Override
    public boolean insert(Order order, List<EventEnvelope> events) {
      return real.insert(withoutIntent(order), events);
    }

    @Override
    public boolean replace(Order next, long expectedVersion, List<EventEnvelope> events) {
      return real.replace(withoutIntent(next), expectedVersion, events);
    }

    @Override
    public List<Order> pending(int limit) {
      return real.pending(limit);
    }

    @Override
    public List<Order> byCustomer(String customerId) {
      return real.byCustomer(customerId);
    }

    @Override
    public List<Order> byPaymentFingerprint(String fingerprint) {
      return real.byPaymentFingerprint(fingerprint);
    }

    @Override
    public List<Order> byShipToKey(String shipToKey) {
      return real.byShipToKey(shipToKey);
    }

    @Override
    public Outbox outbox() {
      return real.outbox();
    }
  }
}
