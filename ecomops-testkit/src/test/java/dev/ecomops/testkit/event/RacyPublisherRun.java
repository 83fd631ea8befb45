package dev.ecomops.testkit.event;

import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.spi.EventPublisher;
import java.util.Arrays;
import java.util.List;

/**
 * The publisher kit run against a publisher that loses events under concurrency: an unguarded
 * read-then-write of its size, with a yield in between to make the race likely. Not a test of its
 * own: {@link KitsCanFailTest} runs it and expects failures.
 */
class RacyPublisherRun extends EventPublisherContract {
  private DomainEvent[] slots = new DomainEvent[0];
  private int size;

  @Override
  protected EventPublisher newPublisher() {
    slots = new DomainEvent[10_000];
    size = 0;
    return event -> {
      int n = size;
      Thread.yield();
      slots[n] = event;
      size = n + 1;
    };
  }

  @Override
  protected List<DomainEvent> delivered() {
    return Arrays.asList(slots).subList(0, size);
  }
}
