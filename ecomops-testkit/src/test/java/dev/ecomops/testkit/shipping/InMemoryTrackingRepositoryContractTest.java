package dev.ecomops.testkit.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ecomops.shipping.memory.InMemoryTrackingRepository;
import dev.ecomops.shipping.spi.TrackingRepository;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

@DisplayName("InMemoryTrackingRepository meets the TrackingRepository contract")
class InMemoryTrackingRepositoryContractTest extends TrackingRepositoryContract {
  @Override
  protected TrackingRepository newRepository() {
    return new InMemoryTrackingRepository();
  }

  @Test
  @DisplayName("the kit fails a repository that ignores versions, in its conditional and concurrency tests")
  void kitCatchesVersionBlindness() {
    var tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(VersionBlindTrackingRun.class)).execute()
        .testEvents();
    List<String> failed = tests.failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    assertThat(failed).hasSize(2).anyMatch(n -> n.contains("only once")).anyMatch(n -> n.contains("exactly one wins"));
    assertThat(tests.succeeded().count()).as("unknown and delay candidates still pass").isEqualTo(2);
  }
}
