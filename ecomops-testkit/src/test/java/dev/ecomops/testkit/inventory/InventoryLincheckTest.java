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

  /** The deliberately broken store, over the embedded one. */
  public static final class LostUpdate extends KeeperScenario {
    public LostUpdate() {
      super(new LostUpdateInventoryStore());
    }
  }

  /** A correct store small enough for the model checker to explore quickly. */
  public static final class Simple extends KeeperScenario {
    public Simple() {
      super(new SimpleStore());
    }
  }

  /** The deliberately broken store over the small one: the model checker's target. */
  public static final class SimpleLostUpdate extends KeeperScenario {
    public SimpleLostUpdate() {
      super(new LostUpdateInventoryStore(new SimpleStore()));
    }
  }

  /** The two races that matter most, written out so every run explores them. */
  private static <O extends Options<O, ?>> O withRaces(O options) {
    return options
        .addCustomScenario(scenario(List.of(), List.of(actor("reserve", 0, 2)), List.of(actor("reserve", 1, 2)),
            List.of(actor("available"))))
        .addCustomScenario(scenario(List.of(actor("reserve", 0, 2)), List.of(actor("release", 0)),
            List.of(actor("confirm", 0)), List.of(actor("available"))))
        .addCustomScenario(scenario(List.of(), List.of(actor("reserveKit", 0)), List.of(actor("reserveAll", 1)),
            List.of(actor("availableMugs"))))
        .addCustomScenario(scenario(List.of(actor("reserve", 0, 2), actor("confirm", 0)), List.of(actor("ship", 0)),
            List.of(actor("release", 0)), List.of(actor("available"))))
        .addCustomScenario(scenario(List.of(actor("hold", 0)), List.of(actor("tick")), List.of(actor("reserve", 1, 2)),
            List.of(actor("available"))));
  }

  /** Random scenarios of two threads with two operations each, and the races above. */
  private static ModelCheckingOptions modelChecking() {
    return modelChecking(4, 50);
  }

  private static ModelCheckingOptions modelChecking(int iterations, int invocations) {
    // digesting a command's text loops once per character: past the default loop bound the model
    // checker would call that a hang
    return withRaces(new ModelCheckingOptions().iterations(iterations).invocationsPerIteration(invocations).threads(2)
        .actorsPerThread(2).actorsBefore(1).actorsAfter(1).loopBound(1_000));
  }

  /** The same scenarios run on real threads many times. */
  private static StressOptions stress() {
    return withRaces(new StressOptions().iterations(10).invocationsPerIteration(1_000).threads(2)
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
  @DisplayName("reserve, release, confirm, ship, expiry, kits, reserveAll and available on the in-memory store are linearizable, by model checking and under stress")
  void inMemory_linearizable() {
    assertThatCode(() -> modelChecking().check(InMemory.class)).doesNotThrowAnyException();
    assertThatCode(() -> stress().check(InMemory.class)).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("the same operations on the smallest correct store are linearizable by model checking")
  void simple_linearizable() {
    assertThatCode(() -> modelChecking(1, 40).check(Simple.class)).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("the model checker finds the interleaving in which a store that loses updates oversells")
  void lostUpdate_modelChecking_notLinearizable() {
    assertThatThrownBy(() -> modelChecking().check(SimpleLostUpdate.class)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Invalid execution results");
  }

  /**
   * Over the embedded store the model checker does not reach the lost-update interleaving within
   * 5,000 interleavings (the window is one read among hundreds of switch points); over {@link
   * SimpleStore} it does (the test above). Here the stress strategy finds it over the embedded one.
   */
  @Test
  @DisplayName("the same scenarios find the non-linearizable results of a store that loses updates")
  void lostUpdate_notLinearizable() {
    assertThatThrownBy(() -> stress().check(LostUpdate.class)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Invalid execution results");
  }
}
