package dev.ecomops.testkit.event;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.spi.EventPublisher;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryEventLog meets the EventPublisher contract")
class InMemoryEventLogContractTest extends EventPublisherContract {
  private InMemoryEventLog log;

  @Override
  protected EventPublisher newPublisher() {
    log = InMemoryEventLog.create();
    return log;
  }

  @Override
  protected List<DomainEvent> delivered() {
    return log.events();
  }
}
