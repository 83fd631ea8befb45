package dev.ecomops.fulfillment.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.ValidationException;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.layout.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Picker routing in one block")
class RoutingTest {
  /** 5 aisles of 10 m, 2 m apart, depot at the front of aisle 0. */
  static final WarehouseLayout FIVE = new WarehouseLayout(5, 10, 2, 0);

  static Position p(int aisle, double offset) {
    return Position.of(aisle, offset);
  }

  static double route(PickerRouter r, WarehouseLayout layout, Position... picks) {
    return r.route(layout, List.of(picks)).length();
  }

  @Test
  @DisplayName("worked by hand: one aisle, two aisles, and where S-shape and return differ")
  void byHand() {
    // one pick 4 m up aisle 0: in and out, 8 m, whatever the method
    for (PickerRouter r : PickerRouter.all()) {
      assertThat(route(r, FIVE, p(0, 4))).as(r.name()).isCloseTo(8, within(1e-9));
    }
    // picks 9 m up aisles 0 and 2: through both (10 + 4 + 10 + 4 = 28) beats in and out (18 + 4 + 18 + 4 = 44)
    assertThat(route(PickerRouter.sShape(), FIVE, p(0, 9), p(2, 9))).isCloseTo(28, within(1e-9));
    assertThat(route(PickerRouter.returnRouting(), FIVE, p(0, 9), p(2, 9))).isCloseTo(44, within(1e-9));
    assertThat(route(PickerRouter.optimal(), FIVE, p(0, 9), p(2, 9))).isCloseTo(28, within(1e-9));
    // picks 1 m up aisles 0 and 2: in and out (2 + 4 + 2 + 4 = 12) beats through (28)
    assertThat(route(PickerRouter.returnRouting(), FIVE, p(0, 1), p(2, 1))).isCloseTo(12, within(1e-9));
    assertThat(route(PickerRouter.sShape(), FIVE, p(0, 1), p(2, 1))).isCloseTo(28, within(1e-9));
    assertThat(route(PickerRouter.optimal(), FIVE, p(0, 1), p(2, 1))).isCloseTo(12, within(1e-9));
    // largest gap: aisles 0 and 4 walked through (10 + 8 + 10 + 8), aisle 2's picks at 1 and 9
    // fetched from either end (2 + 2), the gap between them never walked: 40; midpoint the same here
    assertThat(route(PickerRouter.largestGap(), FIVE, p(0, 5), p(2, 1), p(2, 9), p(4, 5))).isCloseTo(40, within(1e-9));
    assertThat(route(PickerRouter.midpoint(), FIVE, p(0, 5), p(2, 1), p(2, 9), p(4, 5))).isCloseTo(40, within(1e-9));
    assertThat(route(PickerRouter.optimal(), FIVE, p(0, 5), p(2, 1), p(2, 9), p(4, 5))).isCloseTo(40, within(1e-9));
    // a depot in the middle: picks in aisles 0 and 4 only 1 m up: out and back along the front
    WarehouseLayout middle = new WarehouseLayout(5, 10, 2, 2);
    assertThat(route(PickerRouter.optimal(), middle, p(0, 1), p(4, 1))).isCloseTo(2 + 2 + 16, within(1e-9));
    assertThat(PickerRouter.optimal().route(FIVE, List.of()).length()).isZero();
  }

  /** Picks in a 4-aisle block of length 10 at whole offsets, with a random depot. */
  static Gen<List<Position>> picks(int max) {
    return lists().of(integers().between(0, 3).zip(integers().between(0, 10), (a, y) -> p(a, y)))
        .ofSizeBetween(1, max);
  }

  /** The shortest closed tour through the picks by trying every order. */
  static double bruteForce(WarehouseLayout layout, List<Position> picks) {
    List<Position> rest = new ArrayList<>(picks);
    return search(layout, layout.depot(), rest, 0, Double.POSITIVE_INFINITY);
  }

  private static double search(WarehouseLayout layout, Position at, List<Position> rest, double sofar, double best) {
    if (sofar >= best) {
      return best;
    }
    if (rest.isEmpty()) {
      return Math.min(best, sofar + layout.distance(at, layout.depot()));
    }
    for (int i = 0; i < rest.size(); i++) {
      Position next = rest.remove(i);
      best = search(layout, next, rest, sofar + layout.distance(at, next), best);
      rest.add(i, next);
    }
    return best;
  }

  @Test
  @DisplayName("the optimum equals brute force over every visiting order on small instances")
  void optimalIsBruteForce() {
    qt().withExamples(400).forAll(picks(7), integers().between(0, 3)).checkAssert((picks, depot) -> {
      WarehouseLayout layout = new WarehouseLayout(4, 10, 3, depot);
      assertThat(PickerRouter.optimal().route(layout, picks).length())
          .isCloseTo(bruteForce(layout, picks), within(1e-9));
    });
  }

  @Test
  @DisplayName("with two and three blocks the optimum equals brute force too, and visits every pick")
  void severalBlocks() {
    Gen<List<Position>> deep = lists().of(integers().between(0, 3).zip(integers().between(0, 30), (a, y) -> p(a, y)))
        .ofSizeBetween(1, 7);
    qt().withExamples(300).forAll(deep, integers().between(0, 3), integers().between(2, 3)).checkAssert(
        (picks, depot, blocks) -> {
          WarehouseLayout layout = new WarehouseLayout(4, 30.0 / blocks, 3, depot, blocks);
          Route r = PickerRouter.optimal().route(layout, picks);
          assertThat(r.length()).isCloseTo(bruteForce(layout, picks), within(1e-9));
          assertThat(r.visits()).containsExactlyInAnyOrderElementsOf(picks);
        });
    // a middle aisle saves the walk round: picks 4 m either side of it in aisles 0 and 2
    WarehouseLayout two = new WarehouseLayout(3, 10, 2, 0, 2);
    assertThat(two.distance(p(0, 6), p(2, 14))).isCloseTo(4 + 4 + 4, within(1e-9));
    assertThatThrownBy(() -> PickerRouter.sShape().route(two, List.of(p(0, 6)))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("blocks");
  }

  @Test
  @DisplayName("every method visits every pick once, walks at least the legs between its visits, and the optimum is never longer")
  void everyMethod() {
    qt().withExamples(500).forAll(picks(30), integers().between(0, 3)).checkAssert((picks, depot) -> {
      WarehouseLayout layout = new WarehouseLayout(4, 10, 3, depot);
      double optimal = PickerRouter.optimal().route(layout, picks).length();
      for (PickerRouter r : PickerRouter.all()) {
        Route route = r.route(layout, picks);
        assertThat(route.method()).isEqualTo(r.name());
        assertThat(route.visits()).as(r.name()).containsExactlyInAnyOrderElementsOf(picks);
        double legs = 0;
        Position at = layout.depot();
        for (Position v : route.visits()) {
          legs += layout.distance(at, v);
          at = v;
        }
        legs += layout.distance(at, layout.depot());
        assertThat(route.length()).as("%s against its legs", r.name()).isGreaterThanOrEqualTo(legs - 1e-9);
        assertThat(route.length()).as("%s against the optimum", r.name()).isGreaterThanOrEqualTo(optimal - 1e-9);
      }
    });
  }

  @Test
  @DisplayName("picks outside the layout and unknown methods are refused naming the field")
  void badInput() {
    assertThatThrownBy(() -> PickerRouter.optimal().route(FIVE, List.of(p(5, 1)))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("aisle");
    assertThatThrownBy(() -> PickerRouter.sShape().route(FIVE, List.of(p(1, 10.5))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("offset");
    assertThatThrownBy(() -> PickerRouter.byName("zigzag")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("method");
    assertThatThrownBy(() -> new WarehouseLayout(3, 10, 2, 3)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("depotAisle");
    assertThat(PickerRouter.byName("largest-gap")).isSameAs(PickerRouter.largestGap());
  }
}
