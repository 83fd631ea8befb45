package dev.ecomops.testkit.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.spi.Outbox;
import dev.ecomops.returns.memory.InMemoryTicketRepository;
import dev.ecomops.returns.support.Ticket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryOutbox meets the Outbox contract")
class InMemoryOutboxContractTest extends OutboxContract {
  @Override
  protected Outbox newOutbox() {
    return InMemoryOutbox.create();
  }

  @Override
  protected void append(Outbox outbox, List<EventEnvelope> events) {
    ((InMemoryOutbox) outbox).append(events);
  }

  @Test
  @DisplayName("one outbox shared by two stores holds both stores' events, in the order they were written")
  void sharedByStores() {
    InMemoryOutbox shared = InMemoryOutbox.create();
    InMemoryTicketRepository first = new InMemoryTicketRepository(shared);
    InMemoryTicketRepository second = new InMemoryTicketRepository(shared);
    first.save(new Ticket("T1", "email", "", T0, null, null, 0, 1), 0, List.of(event("T1", 1)));
    second.save(new Ticket("T2", "email", "", T0, null, null, 0, 1), 0, List.of(event("T2", 1)));
    first.save(new Ticket("T1", "email", "", T0, null, null, 3, 2), 1, List.of(event("T1", 2)));
    assertThat(first.outbox()).isSameAs(second.outbox()).isSameAs(shared);
    assertThat(shared.claim(T0, Duration.ofSeconds(30), 10)).extracting(EventEnvelope::id)
        .containsExactly(event("T1", 1).id(), event("T2", 1).id(), event("T1", 2).id());
    assertThat(shared.pending()).isEqualTo(3);
  }
}
