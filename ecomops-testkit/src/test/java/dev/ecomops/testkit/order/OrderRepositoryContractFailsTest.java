package dev.ecomops.testkit.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

@DisplayName("The OrderRepository contract can fail")
class OrderRepositoryContractFailsTest {

  @Test
  @DisplayName("a repository whose replace is check-then-write fails the kit's concurrency tests and passes the rest")
  void racyRepository_fails() {
    var events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(RacyOrderRepositoryRun.class)).execute()
        .testEvents();
    // only the concurrency tests may fail: a failure elsewhere would mean the kit itself is broken
    assertThat(events.failed().stream().map(e -> e.getTestDescriptor().getDisplayName()))
        .isNotEmpty().allMatch(name -> name.contains("threads"));
    assertThat(events.succeeded().count()).isGreaterThanOrEqualTo(4);
  }
}
