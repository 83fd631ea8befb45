package dev.ecomops.testkit.event;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.spi.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/**
 * The publisher kit run against a publisher that loses events under concurrency (an
 * unsynchronized list). Not a test of its own: {@link KitsCanFailTest} runs it and expects failures.
 */
class RacyPublisherRun extends EventPublisherContract {
  private final List<DomainEvent> events = new ArrayList<>();

  @Override
  protected EventPublisher newPublisher() {
    events.clear();
    return events::add;
  }

  @Override
  protected List<DomainEvent> delivered() {
    return events;
  }
}
