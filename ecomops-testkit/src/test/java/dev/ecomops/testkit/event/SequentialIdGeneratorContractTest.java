package dev.ecomops.testkit.event;

import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.spi.IdGenerator;
import org.junit.jupiter.api.DisplayName;

@DisplayName("SequentialIdGenerator meets the IdGenerator contract")
class SequentialIdGeneratorContractTest extends IdGeneratorContract {
  @Override
  protected IdGenerator newGenerator() {
    return SequentialIdGenerator.create();
  }
}
