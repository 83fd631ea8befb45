package dev.ecomops.testkit.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.FulfillmentEvent;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.fulfillment.spi.Handover;
import dev.ecomops.fulfillment.spi.HandoverRepository;
import dev.ecomops.testkit.Concurrently;
import dev.ecomops.testkit.event.Outboxes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link HandoverRepository}: extend with a factory of empty repositories. Each
 * test traces to the SPI's javadoc: conditional saves, whole reads, unknown is empty, events with
 * the state, and thread safety with real threads.
 */
public abstract class HandoverRepositoryContract {
  private static final OrderId ORDER = OrderId.of("1001");

  /** A new, empty repository. */
  protected abstract HandoverRepository newRepository();

  /** A hand-over of order 1001 at a version with {@code shipments} tracking numbers recorded. */
  protected static Handover handover(long version, String reference, boolean cancelled, int shipments) {
    List<String> shipped = new ArrayList<>();
    for (int i = 0; i < shipments; i++) {
      shipped.add("TRK" + i);
    }
    return new Handover(ORDER, version, "ACME3PL", reference, cancelled, shipped);
  }

  @Test
  @DisplayName("an unknown order reads as empty")
  void unknown() {
    assertThat(newRepository().find(OrderId.of("nope"))).isEmpty();
  }

  @Test
  @DisplayName("a new hand-over saves at expected version 0 only once; updates need the stored version; reads are whole")
  void conditional() {
    HandoverRepository r = newRepository();
    assertThat(r.save(handover(1, "R-1", false, 0), 0, List.of())).isTrue();
    assertThat(r.save(handover(1, "R-2", false, 0), 0, List.of())).isFalse();
    assertThat(r.save(handover(2, "R-1", true, 0), 5, List.of())).isFalse();
    assertThat(r.save(handover(2, "R-1", true, 2), 1, List.of())).isTrue();
    assertThat(r.find(ORDER)).contains(handover(2, "R-1", true, 2));
  }

  @Test
  @DisplayName("a save's events reach the outbox exactly when the save succeeds; of 8 racing saves, one save's events")
  void events_withSave() throws Exception {
    HandoverRepository r = newRepository();
    r.save(handover(1, "R-1", false, 0), 0, List.of());
    Concurrently.run(8, t -> r.save(handover(2, "R-1", false, t + 1), 1, List.of(EventEnvelope.ofVersion("provider",
        ORDER, 2, 0, new FulfillmentEvent.ProviderShipped(ORDER, "ACME3PL", "UPS", "TRK" + t, t + 1, Instant.EPOCH)))));
    List<EventEnvelope> waiting = Outboxes.waiting(r.outbox());
    assertThat(waiting).hasSize(1);
    assertThat(((FulfillmentEvent.ProviderShipped) waiting.get(0).event()).units())
        .isEqualTo(r.find(ORDER).orElseThrow().shipped().size());
  }

  @Test
  @DisplayName("of 8 threads saving against one version at once exactly one wins; 4 threads advancing 300 times lose no update")
  void concurrency() throws Exception {
    HandoverRepository r = newRepository();
    r.save(handover(1, "R-1", false, 0), 0, List.of());
    List<Boolean> won = Concurrently.run(8, t -> r.save(handover(2, "R-1", false, t + 1), 1, List.of()));
    assertThat(won.stream().filter(w -> w).count()).isEqualTo(1);
    int first = r.find(ORDER).orElseThrow().shipped().size();
    Concurrently.run(4, t -> {
      for (int i = 0; i < 300; i++) {
        while (true) {
          Handover now = r.find(ORDER).orElseThrow();
          if (r.save(handover(now.version() + 1, "R-1", false, now.shipped().size() + 1), now.version(), List.of())) {
            break;
          }
          Thread.onSpinWait();
        }
      }
      return null;
    });
    Handover last = r.find(ORDER).orElseThrow();
    assertThat(last.version()).isEqualTo(2 + 1_200);
    assertThat(last.shipped()).hasSize(first + 1_200);
  }
}
