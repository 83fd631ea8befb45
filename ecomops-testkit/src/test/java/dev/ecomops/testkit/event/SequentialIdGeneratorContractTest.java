package dev.ecomops.testkit.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.memory.SequentialIdGenerator;
import dev.ecomops.core.spi.IdGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SequentialIdGenerator meets the IdGenerator contract")
class SequentialIdGeneratorContractTest extends IdGeneratorContract {
  @Override
  protected IdGenerator newGenerator() {
    return SequentialIdGenerator.create();
  }

  @Test
  @DisplayName("ids count up from 1 on one counter shared by all prefixes, so runs are reproducible")
  void nextId_deterministic() {
    IdGenerator g = newGenerator();
    assertThat(g.nextId("R")).isEqualTo("R-1");
    assertThat(g.nextId("T")).isEqualTo("T-2");
    assertThat(g.nextId("R")).isEqualTo("R-3");
  }
}
