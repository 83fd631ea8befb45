package dev.ecomops.core.inventory;

import static dev.ecomops.core.inventory.Fixtures.DC1;
import static dev.ecomops.core.inventory.Fixtures.MUG;
import static dev.ecomops.core.inventory.Fixtures.TEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.InventoryEvent;
import dev.ecomops.core.memory.SequentialIdGenerator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CycleCounter")
class CycleCounterTest {
  final Fixtures f = new Fixtures();
  final CycleCounter counter = CycleCounter.of(f.keeper, SequentialIdGenerator.create(), f.events, f.clock);
  final StockKey tee = StockKey.of(TEE, DC1);
  final StockKey mug = StockKey.of(MUG, DC1);

  @Test
  @DisplayName("variances are posted as count corrections and accuracy is the share within tolerance")
  void post_correctsAndReportsAccuracy() {
    f.receive(TEE, DC1, 100);
    f.receive(MUG, DC1, 50);
    CycleCount c = counter.open(DC1, new CountTolerance(0, 0.02));
    counter.record(c.id(), tee, 99);
    counter.record(c.id(), mug, 45);
    CycleCount posted = counter.post(c.id());
    assertThat(posted.accuracy()).hasValue(0.5);
    assertThat(posted.lines()).extracting(CycleCount.Line::status).containsOnly(CycleCount.Status.POSTED);
    assertThat(f.keeper.balance(tee).onHand()).isEqualTo(99);
    assertThat(f.keeper.balance(mug).onHand()).isEqualTo(45);
    assertThat(f.keeper.ledger(mug).get(1).kind()).isEqualTo(MovementKind.COUNT_CORRECTION);
    assertThat(f.events.events(InventoryEvent.StockCounted.class)).hasSize(2);
  }

  @Test
  @DisplayName("a shortfall that reserved units depend on is blocked, not posted, and the rest still posts")
  void post_blockedByReservations() {
    f.receive(TEE, DC1, 10);
    f.receive(MUG, DC1, 10);
    f.reserve(TEE, DC1, 8);
    CycleCount c = counter.open(List.of(tee, mug), CountTolerance.EXACT);
    counter.record(c.id(), tee, 5);
    counter.record(c.id(), mug, 12);
    CycleCount posted = counter.post(c.id());
    assertThat(posted.lines()).extracting(CycleCount.Line::status)
        .containsExactly(CycleCount.Status.BLOCKED, CycleCount.Status.POSTED);
    assertThat(f.keeper.balance(tee).onHand()).isEqualTo(10);
    assertThat(f.keeper.balance(mug).onHand()).isEqualTo(12);
    assertThat(posted.accuracy()).hasValue(0.0);
  }

  @Test
  @DisplayName("recording against an unknown count or key is refused")
  void record_badInput() {
    f.receive(TEE, DC1, 1);
    CycleCount c = counter.open(List.of(tee), CountTolerance.EXACT);
    assertThatThrownBy(() -> counter.record("C-999", tee, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("countId");
    assertThatThrownBy(() -> counter.record(c.id(), mug, 1)).isInstanceOf(ValidationException.class).hasMessageContaining("key");
    assertThatThrownBy(() -> counter.record(c.id(), tee, -1)).isInstanceOf(ValidationException.class).hasMessageContaining("counted");
  }
}
