package dev.ecomops.testkit.event;

import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.memory.InMemoryOutbox;
import dev.ecomops.core.spi.Outbox;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

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
}
