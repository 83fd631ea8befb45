package dev.ecomops.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.inventory.CountTolerance;
import dev.ecomops.core.inventory.CycleCount;
import dev.ecomops.core.inventory.StockKey;
import dev.ecomops.core.spi.CountRepository;
import dev.ecomops.testkit.Concurrently;
import dev.ecomops.testkit.event.Outboxes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CountRepository}: extend with a factory of empty repositories. Each test
 * traces to the SPI's javadoc: conditional saves, whole reads (lines in order, tolerance kept),
 * unknown is empty, open counts listed, events with the state, thread safety with real threads.
 */
public abstract class CountRepositoryContract {
  private static final StockKey A = StockKey.of(Sku.of("TEE-M"), LocationId.of("DC1"));
  private static final StockKey B = StockKey.of(Sku.of("MUG"), LocationId.of("DC1"));

  /** A new, empty repository. */
  protected abstract CountRepository newRepository();

  /** A count at a version, with line A counted as {@code counted} (-1: open) and line B open. */
  protected static CycleCount count(String id, long version, long counted, boolean posted) {
    CycleCount.Line a = counted < 0 ? new CycleCount.Line(A, -1, -1, false, CycleCount.Status.OPEN, "")
        : new CycleCount.Line(A, 10, counted, counted == 10, CycleCount.Status.COUNTED, "");
    return new CycleCount(id, version, new CountTolerance(2, 0.05), List.of(a,
        new CycleCount.Line(B, -1, -1, false, CycleCount.Status.OPEN, "")), posted);
  }

  @Test
  @DisplayName("an unknown id reads as empty and an empty repository has no open counts")
  void unknown() {
    CountRepository r = newRepository();
    assertThat(r.find("nope")).isEmpty();
    assertThat(r.open()).isEmpty();
  }

  @Test
  @DisplayName("a new count saves at expected version 0 only once; updates need the stored version; reads are whole")
  void conditional() {
    CountRepository r = newRepository();
    assertThat(r.save(count("C1", 1, -1, false), 0, List.of())).isTrue();
    assertThat(r.save(count("C1", 1, 4, false), 0, List.of())).isFalse();
    assertThat(r.save(count("C1", 2, 4, false), 9, List.of())).isFalse();
    assertThat(r.save(count("C1", 2, 9, false), 1, List.of())).isTrue();
    assertThat(r.find("C1")).contains(count("C1", 2, 9, false));
  }

  @Test
  @DisplayName("open lists the counts not posted, by id")
  void open_listsUnposted() {
    CountRepository r = newRepository();
    r.save(count("C2", 1, -1, false), 0, List.of());
    r.save(count("C1", 1, -1, false), 0, List.of());
    r.save(count("C3", 1, -1, false), 0, List.of());
    r.save(count("C3", 2, 10, true), 1, List.of());
    assertThat(r.open()).extracting(CycleCount::id).containsExactly("C1", "C2");
  }

  @Test
  @DisplayName("a save's events reach the outbox exactly when the save succeeds; of 8 racing saves, one save's events")
  void events_withSave() throws Exception {
    CountRepository r = newRepository();
    r.save(count("C1", 1, -1, false), 0, List.of());
    Concurrently.run(8, t -> r.save(count("C1", 2, t, false), 1, List.of(EventEnvelope.ofVersion("count", "C1", 2, 0,
        new InventoryEvent.StockCounted("C1", A, 10, t, t == 10, Instant.EPOCH)))));
    List<EventEnvelope> waiting = Outboxes.waiting(r.outbox());
    assertThat(waiting).hasSize(1);
    assertThat(((InventoryEvent.StockCounted) waiting.get(0).event()).countedQuantity())
        .isEqualTo(r.find("C1").orElseThrow().lines().get(0).counted());
  }

  @Test
  @DisplayName("of 8 threads saving against one version at once exactly one wins; 4 threads advancing 300 times lose no update")
  void concurrency() throws Exception {
    CountRepository r = newRepository();
    r.save(count("C1", 1, -1, false), 0, List.of());
    List<Boolean> won = Concurrently.run(8, t -> r.save(count("C1", 2, t, false), 1, List.of()));
    assertThat(won.stream().filter(w -> w).count()).isEqualTo(1);
    long winner = r.find("C1").orElseThrow().lines().get(0).counted();
    Concurrently.run(4, t -> {
      for (int i = 0; i < 300; i++) {
        while (true) {
          CycleCount now = r.find("C1").orElseThrow();
          if (r.save(count("C1", now.version() + 1, now.lines().get(0).counted() + 1, false), now.version(), List.of())) {
            break;
          }
          Thread.onSpinWait();
        }
      }
      return null;
    });
    CycleCount last = r.find("C1").orElseThrow();
    assertThat(last.version()).isEqualTo(2 + 1_200);
    assertThat(last.lines().get(0).counted()).isEqualTo(winner + 1_200);
  }
}
