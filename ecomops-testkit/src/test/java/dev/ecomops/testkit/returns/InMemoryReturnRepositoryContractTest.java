package dev.ecomops.testkit.returns;

import dev.ecomops.returns.memory.InMemoryReturnRepository;
import dev.ecomops.returns.spi.ReturnRepository;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryReturnRepository meets the ReturnRepository contract")
class InMemoryReturnRepositoryContractTest extends ReturnRepositoryContract {
  @Override
  protected ReturnRepository newRepository() {
    return new InMemoryReturnRepository();
  }
}
