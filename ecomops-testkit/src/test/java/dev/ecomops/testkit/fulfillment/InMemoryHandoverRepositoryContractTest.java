package dev.ecomops.testkit.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ecomops.fulfillment.memory.InMemoryHandoverRepository;
import dev.ecomops.fulfillment.spi.HandoverRepository;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

@DisplayName("InMemoryHandoverRepository meets the HandoverRepository contract")
class InMemoryHandoverRepositoryContractTest extends HandoverRepositoryContract {
  @Override
  protected HandoverRepository newRepository() {
    return new InMemoryHandoverRepository();
  }

  @Test
  @DisplayName("the kit fails a repository that ignores versions, in its conditional, concurrency and events tests")
  void kitCatchesVersionBlindness() {
    var tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(VersionBlindHandoverRun.class)).execute()
        .testEvents();
    List<String> failed = tests.failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    assertThat(failed).hasSize(3).anyMatch(n -> n.contains("only once")).anyMatch(n -> n.contains("exactly one wins"))
        .anyMatch(n -> n.contains("racing saves"));
    assertThat(tests.succeeded().count()).as("unknown still passes").isEqualTo(1);
  }
}
