package dev.ecomops.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.memory.InMemoryInventoryStore;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Lincheck's model checker explores thread interleavings of {@link KeeperScenario} and checks
 * every result against some sequential order (linearizability). On a failure it prints the
 * interleaving that breaks it.
 */
@DisplayName("StockKeeper over a store is linearizable (Lincheck model checking)")
class InventoryLincheckTest {

  /** The embedded store. */
  public static final class InMemory extends KeeperScenario {
    public InMemory() {
      super(InMemoryInventoryStore.create());
    }
  }

  /** The deliberately broken store. */
  public static final class LostUpdate extends KeeperScenario {
    public LostUpdate() {
      super(new LostUpdateInventoryStore());
    }
  }

  private static ModelCheckingOptions options() {
    return new ModelCheckingOptions().iterations(10).invocationsPerIteration(100).threads(2).actorsPerThread(2)
        .actorsBefore(1).actorsAfter(1);
  }

  @Test
  @DisplayName("reserve, release, confirm and available on the in-memory store are linearizable")
  void inMemory_linearizable() {
    assertThatCode(() -> options().check(InMemory.class)).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("the same check finds the broken interleaving of a store that loses updates")
  void lostUpdate_notLinearizable() {
    assertThatThrownBy(() -> options().check(LostUpdate.class)).isInstanceOf(AssertionError.class);
  }
}
