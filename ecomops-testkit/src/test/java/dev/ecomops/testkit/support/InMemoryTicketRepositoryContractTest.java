package dev.ecomops.testkit.support;

import dev.ecomops.core.memory.InMemoryTicketRepository;
import dev.ecomops.core.support.spi.TicketRepository;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryTicketRepository meets the TicketRepository contract")
class InMemoryTicketRepositoryContractTest extends TicketRepositoryContract {
  @Override
  protected TicketRepository newRepository() {
    return new InMemoryTicketRepository();
  }
}
