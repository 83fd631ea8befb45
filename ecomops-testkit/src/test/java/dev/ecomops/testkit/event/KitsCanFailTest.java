package dev.ecomops.testkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

@DisplayName("The EventPublisher, IdGenerator and Outbox contracts can fail")
class KitsCanFailTest {

  @Test
  @DisplayName("an unsynchronized publisher, a racy id counter and an outbox that loses acknowledgements fail their kits")
  void racyImplementations_fail() {
    for (Class<?> run : List.of(RacyPublisherRun.class, RacyIdsRun.class, AckLosingOutboxRun.class)) {
      var events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(run)).execute().testEvents();
      assertThat(events.failed().count()).as(run.getSimpleName()).isPositive();
      assertThat(events.succeeded().count()).as(run.getSimpleName()).isPositive();
    }
  }
}
