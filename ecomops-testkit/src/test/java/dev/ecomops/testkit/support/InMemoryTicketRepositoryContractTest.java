package dev.ecomops.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ecomops.returns.memory.InMemoryTicketRepository;
import dev.ecomops.returns.spi.TicketRepository;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

@DisplayName("InMemoryTicketRepository meets the TicketRepository contract")
class InMemoryTicketRepositoryContractTest extends TicketRepositoryContract {
  @Override
  protected TicketRepository newRepository() {
    return new InMemoryTicketRepository();
  }

  @Test
  @DisplayName("the kit fails a repository that ignores versions, in its conditional, concurrency and events tests")
  void kitCatchesVersionBlindness() {
    var tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(VersionBlindTicketRun.class)).execute().testEvents();
    List<String> failed = tests.failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
    assertThat(failed).hasSize(3).anyMatch(n -> n.contains("only once")).anyMatch(n -> n.contains("exactly one wins"))
        .anyMatch(n -> n.contains("racing saves"));
    assertThat(tests.succeeded().count()).as("unknown ids still read as empty").isEqualTo(1);
  }
}
