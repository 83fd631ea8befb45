package dev.ecomops.testkit.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.memory.InMemoryEventLog;
import dev.ecomops.core.spi.EventPublisher;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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

  @Test
  @DisplayName("events(type) keeps only that type, in order, and size counts everything")
  void events_byType() {
    EventPublisher p = newPublisher();
    DomainEvent first = event(0, 0);
    DomainEvent second = event(0, 1);
    p.publish(first);
    p.publish(second);
    List<DomainEvent> moved = List.copyOf(log.events(InventoryEvent.StockMoved.class));
    assertThat(moved).containsExactly(first, second);
    assertThat(log.events(InventoryEvent.StockReserved.class)).isEmpty();
    assertThat(log.size()).isEqualTo(2);
  }
}
