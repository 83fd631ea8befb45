package dev.ecomops.testkit.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.ReturnEvent;
import dev.ecomops.core.event.RmaStatus;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.rma.Rma;
import dev.ecomops.returns.spi.ReturnRepository;
import dev.ecomops.testkit.Concurrently;
import dev.ecomops.testkit.event.Outboxes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ReturnRepository}: extend with a factory of empty repositories. Each test
 * traces to a rule of the SPI's javadoc: conditional saves (new at expected version 0, updates
 * only from the stored version), whole reads, unknown is empty, and thread safety with real
 * threads (of concurrent saves against one version exactly one wins; no increment is lost).
 */
public abstract class ReturnRepositoryContract {

  /** A new, empty repository. */
  protected abstract ReturnRepository newRepository();

  /** An RMA of one line at a version. */
  protected static Rma rma(String id, String order, long version, long received) {
    return new Rma(RmaId.of(id), OrderId.of(order), LocationId.of("RETURNS"), RmaStatus.APPROVED,
        List.of(new Rma.Line("1", Sku.of("TEE"), 1_000_000, received, Map.of())), Set.of(), Set.of(), false, version);
  }

  @Test
  @DisplayName("a save's events reach the outbox exactly when the save succeeds; of 8 racing saves, one save's events")
  void events_withSave() throws Exception {
    ReturnRepository r = newRepository();
    EventEnvelope opened = EventEnvelope.ofVersion("rma", "R1", 1, 0,
        new ReturnEvent.RmaStatusChanged(RmaId.of("R1"), OrderId.of("O1"), null, RmaStatus.REQUESTED, Instant.EPOCH));
    assertThat(r.save(rma("R1", "O1", 1, 0), 0, List.of(opened))).isTrue();
    assertThat(r.save(rma("R1", "O1", 1, 0), 0, List.of(opened))).isFalse();
    Concurrently.run(8, t -> r.save(rma("R1", "O1", 2, t), 1, List.of(EventEnvelope.ofVersion("rma", "R1", 2, t,
        opened.event()))));
    List<EventEnvelope> waiting = Outboxes.waiting(r.outbox());
    assertThat(waiting).hasSize(2);
    assertThat(waiting.get(0)).isEqualTo(opened);
    assertThat(waiting.get(1).sequence() % EventEnvelope.PER_VERSION)
        .isEqualTo(r.find(RmaId.of("R1")).orElseThrow().lines().get(0).received());
  }

  @Test
  @DisplayName("an unknown id reads as empty; an order without RMAs lists none")
  void unknown() {
    ReturnRepository r = newRepository();
    assertThat(r.find(RmaId.of("nope"))).isEmpty();
    assertThat(r.byOrder(OrderId.of("nope"))).isEmpty();
  }

  @Test
  @DisplayName("a new RMA saves at expected version 0 only once; updates need the stored version")
  void conditional() {
    ReturnRepository r = newRepository();
    assertThat(r.save(rma("R1", "1001", 1, 0), 0)).isTrue();
    assertThat(r.save(rma("R1", "1001", 1, 5), 0)).as("a second new one").isFalse();
    assertThat(r.find(RmaId.of("R1")).orElseThrow().line("1").received()).isZero();
    assertThat(r.save(rma("R1", "1001", 2, 1), 7)).as("a stale version").isFalse();
    assertThat(r.save(rma("R1", "1001", 2, 1), 1)).isTrue();
    assertThat(r.find(RmaId.of("R1")).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  @DisplayName("an order's RMAs are all listed, at their latest version")
  void byOrder() {
    ReturnRepository r = newRepository();
    r.save(rma("R1", "1001", 1, 0), 0);
    r.save(rma("R2", "1001", 1, 0), 0);
    r.save(rma("R3", "1002", 1, 0), 0);
    r.save(rma("R2", "1001", 2, 3), 1);
    assertThat(r.byOrder(OrderId.of("1001"))).extracting(Rma::id, Rma::version)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(RmaId.of("R1"), 1L), org.assertj.core.groups.Tuple.tuple(RmaId.of("R2"), 2L));
  }

  @Test
  @DisplayName("of 8 threads saving against the same version at once, exactly one wins")
  void oneWinner() throws Exception {
    ReturnRepository r = newRepository();
    r.save(rma("R1", "1001", 1, 0), 0);
    List<Boolean> won = Concurrently.run(8, t -> r.save(rma("R1", "1001", 2, t + 1), 1));
    assertThat(won.stream().filter(w -> w).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("4 threads each advancing an RMA 500 times by read-and-save lose no update")
  void noLostUpdate() throws Exception {
    ReturnRepository r = newRepository();
    r.save(rma("R1", "1001", 1, 0), 0);
    Concurrently.run(4, t -> {
      for (int i = 0; i < 500; i++) {
        while (true) {
          Rma now = r.find(RmaId.of("R1")).orElseThrow();
          if (r.save(rma("R1", "1001", now.version() + 1, now.line("1").received() + 1), now.version())) {
            break;
          }
          Thread.onSpinWait();
        }
      }
      return null;
    });
    Rma last = r.find(RmaId.of("R1")).orElseThrow();
    assertThat(last.line("1").received()).isEqualTo(2_000);
    assertThat(last.version()).isEqualTo(2_001);
  }
}
