package dev.ecomops.testkit.allocation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.spi.CommitRecord;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Lincheck model-checks allocation: concurrent allocate, cancel and release of orders competing
 * for three units over two locations must each match some sequential order of the same operations.
 */
@DisplayName("Allocation is linearizable (Lincheck model checking)")
class AllocationLincheckTest {

  /** A cancel that releases an order's reservations one at a time: not atomic, so not linearizable. */
  public static final class OneByOneCancel extends AllocationScenario {
    @Override
    @Operation
    public String cancel(@Param(name = "slot") int slot) {
      Optional<CommitRecord> held = keeper().store().committed(key(slot));
      if (held.isEmpty()) {
        return "none";
      }
      long released = 0;
      for (Reservation r : held.get().reservations()) {
        released += keeper().release(r.id()).released();
      }
      return "cancelled " + released;
    }
  }

  private static ExecutionScenario scenario(List<Actor> before, List<Actor> first, List<Actor> second, List<Actor> after) {
    return new ExecutionScenario(before, List.of(first, second), after, null);
  }

  private static Actor actor(String operation, Object... args) {
    Method m = Arrays.stream(AllocationScenario.class.getDeclaredMethods()).filter(x -> x.getName().equals(operation))
        .findFirst().orElseThrow();
    return new Actor(m, List.of(args));
  }

  private static ModelCheckingOptions options() {
    // an allocation runs long counted loops (digests, plans over candidates) that are not spin
    // loops: raise the bounds past which the checker would call them a livelock
    return new ModelCheckingOptions().iterations(4).invocationsPerIteration(30).threads(2)
        .actorsPerThread(2).actorsBefore(1).actorsAfter(1).loopIterationsBeforeThreadSwitch(200).loopBound(5_000)
        // two orders racing for the last units, one of them needing both locations
        .addCustomScenario(scenario(List.of(), List.of(actor("allocate", 0, 2)), List.of(actor("allocate", 1, 3)),
            List.of(actor("available", 0), actor("available", 1))))
        // an order shipping from both locations cancelled while another thread reads both
        .addCustomScenario(scenario(List.of(actor("allocate", 1, 3)), List.of(actor("cancel", 1)),
            List.of(actor("available", 0), actor("available", 1)), List.of()));
  }

  @Test
  @DisplayName("allocate, cancel, release and available on two locations are linearizable in every explored interleaving")
  void allocation_linearizable() {
    assertThatCode(() -> options().check(AllocationScenario.class)).doesNotThrowAnyException();
  }

  /**
   * Only the cancel race, explored more deeply than in the random mix: the breaking interleaving
   * needs both reads of the other thread to fall between the two releases.
   */
  @Test
  @DisplayName("the checker finds the interleaving that breaks a cancel releasing one reservation at a time")
  void oneByOneCancel_notLinearizable() {
    ModelCheckingOptions cancelRace = new ModelCheckingOptions().iterations(0).invocationsPerIteration(2_000)
        .loopIterationsBeforeThreadSwitch(200).loopBound(5_000)
        .addCustomScenario(scenario(List.of(actor("allocate", 1, 3)), List.of(actor("cancel", 1)),
            List.of(actor("available", 0), actor("available", 1)), List.of()));
    assertThatThrownBy(() -> cancelRace.check(OneByOneCancel.class)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Invalid execution results");
  }
}
