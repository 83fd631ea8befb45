package dev.ecomops.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.SupportEvent;
import dev.ecomops.returns.spi.TicketRepository;
import dev.ecomops.returns.support.Ticket;
import dev.ecomops.testkit.Concurrently;
import dev.ecomops.testkit.event.Outboxes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TicketRepository}: extend with a factory of empty repositories. Each test
 * traces to the SPI's javadoc: conditional saves (new at expected version 0, updates only from the
 * stored version), whole reads, unknown is empty, events with the state, and thread safety with
 * real threads.
 */
public abstract class TicketRepositoryContract {

  /** A new, empty repository. */
  protected abstract TicketRepository newRepository();

  /** A ticket at a version, with a survey score (0 for none). */
  protected static Ticket ticket(String id, long version, int csat) {
    return new Ticket(id, "email", "1001", Instant.EPOCH, null, null, csat, version);
  }

  @Test
  @DisplayName("an unknown id reads as empty")
  void unknown() {
    assertThat(newRepository().find("nope")).isEmpty();
  }

  @Test
  @DisplayName("a new ticket saves at expected version 0 only once; updates need the stored version; reads are whole")
  void conditional() {
    TicketRepository r = newRepository();
    assertThat(r.save(ticket("T1", 1, 0), 0)).isTrue();
    assertThat(r.save(ticket("T1", 1, 5), 0)).isFalse();
    assertThat(r.save(ticket("T1", 2, 4), 9)).isFalse();
    assertThat(r.save(ticket("T1", 2, 4), 1)).isTrue();
    assertThat(r.find("T1")).contains(ticket("T1", 2, 4));
  }

  @Test
  @DisplayName("a save's events reach the outbox exactly when the save succeeds; of 8 racing saves, one save's events")
  void events_withSave() throws Exception {
    TicketRepository r = newRepository();
    EventEnvelope opened = EventEnvelope.ofVersion("ticket", "T1", 1, 0,
        new SupportEvent.TicketOpened("T1", "email", "1001", Instant.EPOCH));
    assertThat(r.save(ticket("T1", 1, 0), 0, List.of(opened))).isTrue();
    assertThat(r.save(ticket("T1", 1, 5), 0, List.of(EventEnvelope.ofVersion("ticket", "T1", 1, 1, opened.event()))))
        .isFalse();
    Concurrently.run(8, t -> r.save(ticket("T1", 2, 1 + t % 5), 1, List.of(EventEnvelope.ofVersion("ticket", "T1", 2, t,
        new SupportEvent.SurveyAnswered("T1", "email", 1 + t % 5, Instant.EPOCH)))));
    List<EventEnvelope> waiting = Outboxes.waiting(r.outbox());
    assertThat(waiting).hasSize(2);
    assertThat(waiting.get(0)).isEqualTo(opened);
    assertThat(((SupportEvent.SurveyAnswered) waiting.get(1).event()).score()).isEqualTo(r.find("T1").orElseThrow().csat());
  }

  @Test
  @DisplayName("of 8 threads saving against one version at once exactly one wins; 4 threads advancing 300 times lose no update")
  void concurrency() throws Exception {
    TicketRepository r = newRepository();
    r.save(ticket("T1", 1, 0), 0);
    List<Boolean> won = Concurrently.run(8, t -> r.save(ticket("T1", 2, 1 + t % 5), 1));
    assertThat(won.stream().filter(w -> w).count()).isEqualTo(1);
    Concurrently.run(4, t -> {
      for (int i = 0; i < 300; i++) {
        while (true) {
          Ticket now = r.find("T1").orElseThrow();
          if (r.save(ticket("T1", now.version() + 1, now.csat()), now.version())) {
            break;
          }
          Thread.onSpinWait();
        }
      }
      return null;
    });
    assertThat(r.find("T1").orElseThrow().version()).isEqualTo(2 + 1_200);
  }
}
