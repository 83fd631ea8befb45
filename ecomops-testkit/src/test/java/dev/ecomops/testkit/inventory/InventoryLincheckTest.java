package dev.ecomops.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.memory.InMemoryInventoryStore;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Lincheck checks every result of concurrent {@link KeeperScenario} runs against some sequential
 * order (linearizability). Its model checker explores thread interleavings and, on a failure,
 * prints the interleaving that breaks it; its stress strategy runs the same scenarios on real
 * threads.
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

  /** The two races that matter most, written out so every run explores them. */
  private static <O extends Options<O, ?>> O withRaces(O options) {
    return options
        .addCustomScenario(scenario(List.of(), List.of(actor("reserve", 0, 2)), List.of(actor("reserve", 1, 2)),
            List.of(actor("available"))))
        .addCustomScenario(scenario(List.of(actor("reserve", 0, 2)), List.of(actor("release", 0)),
            List.of(actor("confirm", 0)), List.of(actor("available"))));
  }

  /** Random scenarios of two threads with two operations each, and the races above. */
  private static ModelCheckingOptions modelChecking() {
    return withRaces(new ModelCheckingOptions().iterations(10).invocationsPerIteration(100).threads(2)
        .actorsPerThread(2).actorsBefore(1).actorsAfter(1));
  }

  /** The same scenarios run on real threads many times. */
  private static StressOptions stress() {
    return withRaces(new StressOptions().iterations(10).invocationsPerIteration(2_000).threads(2)
        .actorsPerThread(2).actorsBefore(1).actorsAfter(1));
  }

  private static ExecutionScenario scenario(List<Actor> before, List<Actor> first, List<Actor> second, List<Actor> after) {
    return new ExecutionScenario(before, List.of(first, second), after, null);
  }

  private static Actor actor(String operation, Object... args) {
    Method m = Arrays.stream(KeeperScenario.class.getDeclaredMethods()).filter(x -> x.getName().equals(operation))
        .findFirst().orElseThrow();
    return new Actor(m, List.of(args));
  }

  @Test
  @DisplayName("reserve, release, confirm and available on the in-memory store are linearizable, by model checking and under stress")
  void inMemory_linearizable() {
    assertThatCode(() -> modelChecking().check(InMemory.class)).doesNotThrowAnyException();
    assertThatCode(() -> stress().check(InMemory.class)).doesNotThrowAnyException();
  }

  /**
   * The model checker did not reach the lost-update interleaving of this store within 5,000
   * interleavings of the racing scenario (the window is one read among hundreds of switch
   * points), so this half runs the same scenarios under Lincheck's stress strategy, which finds it
   * within a second.
   */
  @Test
  @DisplayName("the same scenarios find the non-linearizable results of a store that loses updates")
  void lostUpdate_notLinearizable() {
    assertThatThrownBy(() -> stress().check(LostUpdate.class)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Invalid execution results");
  }
}
