package dev.ecomops.supply.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.LocationId;
import dev.ecomops.supply.placement.StockPlacement.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stock placement")
class StockPlacementTest {
  static final LocationId EAST = LocationId.of("EAST");
  static final LocationId WEST = LocationId.of("WEST");
  static final LocationId NORTH = LocationId.of("NORTH");

  @Test
  @DisplayName("surplus moves to deficits on the cheapest lanes first, only where the margin beats the cost")
  void rebalance() {
    Map<LocationId, Position> p = new LinkedHashMap<>();
    p.put(EAST, new Position(100, 40, 10));  // needs 50: 50 surplus
    p.put(WEST, new Position(10, 35, 5));    // needs 40: 30 short
    p.put(NORTH, new Position(0, 20, 5));    // needs 25: 25 short
    // EAST→WEST 1.00 a unit, EAST→NORTH 3.00, margin 2.50: only WEST is worth it
    List<StockPlacement.Transfer> t = StockPlacement.rebalance(p, (f, to) -> to.equals(WEST) ? 1.0 : 3.0, 2.5);
    assertThat(t).singleElement().satisfies(x -> {
      assertThat(x.from()).isEqualTo(EAST);
      assertThat(x.to()).isEqualTo(WEST);
      assertThat(x.quantity()).isEqualTo(30);
      assertThat(x.reason()).contains("EAST holds 50 beyond its need", "WEST is 30 short");
    });
    // with a margin of 5.00 NORTH gets the other 20
    assertThat(StockPlacement.rebalance(p, (f, to) -> to.equals(WEST) ? 1.0 : 3.0, 5.0))
        .extracting(StockPlacement.Transfer::quantity).containsExactly(30L, 20L);
  }

  @Test
  @DisplayName("an incoming order fills deficits first and the rest by demand; the parts always sum to the order")
  void split() {
    Map<LocationId, Position> p = Map.of(EAST, new Position(50, 40, 10), WEST, new Position(10, 35, 5),
        NORTH, new Position(0, 20, 5));
    // deficits WEST 30, NORTH 25 (55 in all); 100 arriving: those first, then 45 by demand 40:35:20
    Map<LocationId, Long> s = StockPlacement.splitIncoming(100, p);
    assertThat(s.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
    assertThat(s.get(WEST)).isGreaterThanOrEqualTo(30);
    assertThat(s.get(NORTH)).isGreaterThanOrEqualTo(25);
    assertThat(s.get(EAST)).isEqualTo(19); // 45 × 40/95 = 18.9 → 19
    qt().forAll(integers().between(0, 10_000), lists().of(integers().between(0, 500)).ofSize(3)).checkAssert((q, hands) -> {
      Map<LocationId, Position> r = Map.of(EAST, new Position(hands.get(0), 100, 10), WEST, new Position(hands.get(1), 7, 0),
          NORTH, new Position(hands.get(2), 0, 0));
      assertThat(StockPlacement.splitIncoming(q, r).values().stream().mapToLong(Long::longValue).sum()).isEqualTo((long) q);
    });
  }

  @Test
  @DisplayName("property: no location ships more than it holds above its own safety stock (and its demand), none receives more than it lacks")
  void transfersStayWithinSurplus() {
    qt().forAll(lists().of(integers().between(0, 400)).ofSize(9), integers().between(1, 1000)).checkAssert((v, margin) -> {
      Map<LocationId, Position> p = new LinkedHashMap<>();
      List<LocationId> locs = List.of(EAST, WEST, NORTH);
      for (int i = 0; i < 3; i++) {
        p.put(locs.get(i), new Position(v.get(3 * i), v.get(3 * i + 1) / 2.0, v.get(3 * i + 2) / 4.0));
      }
      List<StockPlacement.Transfer> plan = StockPlacement.rebalance(p, (f, t) -> (f.value().length() + t.value().length()) / 3.0,
          margin / 100.0);
      for (LocationId l : locs) {
        long out = plan.stream().filter(t -> t.from().equals(l)).mapToLong(StockPlacement.Transfer::quantity).sum();
        long in = plan.stream().filter(t -> t.to().equals(l)).mapToLong(StockPlacement.Transfer::quantity).sum();
        Position x = p.get(l);
        assertThat((double) out).isLessThanOrEqualTo(Math.max(0, x.onHand() - x.safetyStock()));
        assertThat(out).isLessThanOrEqualTo(Math.max(0, x.onHand() - x.need()));
        assertThat(in).isLessThanOrEqualTo(Math.max(0, x.need() - x.onHand()));
        assertThat(out == 0 || in == 0).as("a location both ships and receives").isTrue();
      }
      assertThat(plan).allSatisfy(t -> assertThat(t.quantity()).isPositive());
    });
  }
}
