package dev.ecomops.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

@DisplayName("The InventoryStore contract can fail")
class InventoryStoreContractFailsTest {

  @Test
  @DisplayName("a store that loses concurrent updates fails the kit's concurrency and conflict tests")
  void lostUpdateStore_failsKit() {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(LostUpdateStoreContractRun.class))
        .execute().testEvents();
    List<String> failed = tests.failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    assertThat(failed).anyMatch(n -> n.contains("lose no update"));
    assertThat(failed).anyMatch(n -> n.contains("stale expected version"));
    assertThat(tests.succeeded().count()).as("the rest of the kit still passes").isPositive();
  }
}
