package dev.ecomops.testkit.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.testkit.Concurrently;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link EventPublisher}. Extend this class with a factory for your publisher and
 * a way to read back what reached its destination (for a bus: what a test consumer received).
 * Each test traces to a rule of the {@link EventPublisher} javadoc: thread safe, per-thread
 * publication order kept, and envelopes delivered by the relay arrive.
 */
public abstract class EventPublisherContract {

  /** A new publisher whose deliveries {@link #delivered()} will read. */
  protected abstract EventPublisher newPublisher();

  /** Every event delivered so far by the publisher made last, in delivery order. */
  protected abstract List<DomainEvent> delivered();

  /** An event whose ledger sequence identifies it (thread number in the location, index in the sequence). */
  protected static DomainEvent event(int thread, int index) {
    return new InventoryEvent.StockMoved(Movement.builder().key(StockKey.of(Sku.of("E"), LocationId.of("T" + thread)))
        .sequence(index + 1L).kind(MovementKind.RECEIPT).quantity(1).occurredAt(Instant.EPOCH).build());
  }

  @Test
  @DisplayName("a published event is delivered once")
  void publish_deliversOnce() {
    EventPublisher p = newPublisher();
    DomainEvent e = event(0, 0);
    p.publish(e);
    assertThat(delivered()).containsExactly(e);
  }

  @Test
  @DisplayName("an event delivered with its envelope (as the outbox relay delivers) arrives")
  void deliver_envelopeArrives() {
    EventPublisher p = newPublisher();
    DomainEvent e = event(0, 0);
    p.deliver(EventEnvelope.of("stock", ((InventoryEvent.StockMoved) e).movement().key(), 1, e));
    assertThat(delivered()).containsExactly(e);
  }

  @Test
  @DisplayName("events published from many threads at once all arrive, each thread's in its order")
  void publish_concurrently_keepsPerThreadOrder() throws Exception {
    EventPublisher p = newPublisher();
    int threads = 4;
    int each = 500;
    Concurrently.run(threads, id -> {
      for (int i = 0; i < each; i++) {
        p.publish(event(id, i));
      }
      return null;
    });
    List<DomainEvent> got = delivered();
    assertThat(got).hasSize(threads * each);
    for (int t = 0; t < threads; t++) {
      String loc = "T" + t;
      List<Long> seqs = got.stream().map(e -> ((InventoryEvent.StockMoved) e).movement())
          .filter(m -> m.key().location().value().equals(loc)).map(Movement::sequence).toList();
      assertThat(seqs).as("order of thread %d", t).isSorted().hasSize(each);
    }
  }
}
