package dev.ecomops.fulfillment.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.fulfillment.layout.Bin;
import dev.ecomops.fulfillment.layout.Position;
import dev.ecomops.fulfillment.layout.WarehouseLayout;
import dev.ecomops.fulfillment.picking.PickOrder;
import dev.ecomops.fulfillment.planning.WavePlanner.Wave;
import dev.ecomops.fulfillment.planning.WavePlanner.WaveOrder;
import dev.ecomops.fulfillment.planning.ZonePicking.Zone;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slotting, waves, zones and labour")
class PlanningTest {
  static final WarehouseLayout LAYOUT = new WarehouseLayout(6, 10, 2.5, 0);

  @Test
  @DisplayName("slotting puts the fastest movers in the nearest bins that hold their stock, classed A, B, C by pick share")
  void slotting() {
    // round trips from the depot at (0, 0): (0, 1) is 1 away, (0, 5) is 5, (3, 1) is 7.5 + 1 = 8.5
    Bin near = new Bin("N", Position.of(0, 1), Bin.Side.LEFT, 10);
    Bin mid = new Bin("M", Position.of(0, 5), Bin.Side.RIGHT, 100);
    Bin far = new Bin("F", Position.of(3, 1), Bin.Side.LEFT, 100);
    List<Slotting.Slot> slots = Slotting.suggest(LAYOUT, List.of(far, mid, near),
        Map.of(Sku.of("SLOW"), 20.0, Sku.of("FAST"), 50.0, Sku.of("MID"), 30.0), Map.of());
    assertThat(slots).extracting(s -> s.sku().value()).containsExactly("FAST", "MID", "SLOW");
    assertThat(slots).extracting(Slotting.Slot::bin).containsExactly(near, mid, far);
    // shares before each: 0 and 50% are under 80% (A), 80% is B
    assertThat(slots).extracting(Slotting.Slot::abc).containsExactly('A', 'A', 'B');
    // FAST needs 50 units: the near bin holds 10, so it takes the middle one and MID moves on
    List<Slotting.Slot> bulky = Slotting.suggest(LAYOUT, List.of(far, mid, near),
        Map.of(Sku.of("FAST"), 50.0, Sku.of("MID"), 30.0), Map.of(Sku.of("FAST"), 50L));
    assertThat(bulky).extracting(Slotting.Slot::bin).containsExactly(mid, near);
    assertThatThrownBy(() -> Slotting.suggest(LAYOUT, List.of(near), Map.of(Sku.of("X"), 1.0), Map.of(Sku.of("X"), 11L)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("bins");
  }

  static Instant at(String hhmm) {
    return Instant.parse("2026-11-26T" + hhmm + ":00Z");
  }

  @Test
  @DisplayName("waves fill by cut-off then priority up to capacity, run back to back, and report orders that would miss their cut-off")
  void waves() {
    WavePlanner planner = new WavePlanner(10, 10); // 10 units a wave, 10 units an hour
    List<Wave> waves = planner.plan(List.of(new WaveOrder(OrderId.of("A"), at("12:00"), 0, 6), new WaveOrder(OrderId.of("B"), at("10:00"), 0, 5),
        new WaveOrder(OrderId.of("C"), at("10:00"), 5, 4), new WaveOrder(OrderId.of("D"), at("09:00"), 0, 3), new WaveOrder(OrderId.of("E"), at("08:30"), 0, 10)),
        at("08:00"));
    // E alone 08:00-09:00 (late for 08:30); D and C 09:00-09:42 (D late); B 09:42-10:12 (late); A 10:12-10:48
    assertThat(waves).extracting(w -> w.orders().stream().map(o -> o.orderId().value()).toList())
        .containsExactly(List.of("E"), List.of("D", "C"), List.of("B"), List.of("A"));
    assertThat(waves).extracting(Wave::finish).containsExactly(at("09:00"), at("09:42"), at("10:12"), at("10:48"));
    assertThat(waves).extracting(w -> w.late().stream().map(o -> o.orderId().value()).toList())
        .containsExactly(List.of("E"), List.of("D"), List.of("B"), List.of());
    assertThat(waves.get(1).due()).isEqualTo(at("09:00"));
    assertThatThrownBy(() -> planner.plan(List.of(new WaveOrder(OrderId.of("BIG"), at("12:00"), 0, 11)), at("08:00")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("orders");
  }

  @Test
  @DisplayName("zone picking splits orders into one pick list per zone and consolidates the orders that span zones")
  void zones() {
    ZonePicking zones = new ZonePicking(List.of(new Zone("Z1", 0, 2), new Zone("Z2", 3, 5)));
    ZonePicking.Plan plan = zones.plan(List.of(new PickOrder(OrderId.of("O1"), List.of(Position.of(1, 2), Position.of(4, 3))),
        new PickOrder(OrderId.of("O2"), List.of(Position.of(0, 1)))));
    assertThat(plan.pickLists().get("Z1")).extracting(p -> p.orderId().value()).containsExactly("O1", "O2");
    assertThat(plan.pickLists().get("Z2")).singleElement().satisfies(o -> assertThat(o.picks()).containsExactly(
        Position.of(4, 3)));
    assertThat(plan.consolidation()).isEqualTo(Map.of("O1", List.of("Z1", "Z2")));
    assertThatThrownBy(() -> new ZonePicking(List.of(new Zone("Z1", 0, 3), new Zone("Z2", 3, 5))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("zones");
    assertThatThrownBy(() -> zones.plan(List.of(new PickOrder(OrderId.of("O3"), List.of(Position.of(7, 1))))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("picks");
  }

  @Test
  @DisplayName("labour: workload over productive hours, peak-scaled and rounded up, worked by hand")
  void labour() {
    LabourPlanner planner = new LabourPlanner(2.5, 100, 40, 8, 2, 0.85, 1.3);
    // per shift 1,000 orders × 1.3 = 1,300 at the peak; 6.8 productive hours:
    // picking 1,300 × 2.5 / 100 / 6.8 = 4.78 → 5; packing 1,300 / 40 / 6.8 = 4.78 → 5
    assertThat(planner.perShift(2_000)).isEqualTo(new LabourPlanner.Shift(5, 5));
    assertThat(planner.perShift(0).total()).isZero();
    assertThatThrownBy(() -> new LabourPlanner(2.5, 100, 40, 8, 2, 1.2, 1.3)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("utilisation");
  }
}
