package dev.ecomops.core.inventory.service;

import static dev.ecomops.core.inventory.service.Fixtures.DC1;
import static dev.ecomops.core.inventory.service.Fixtures.DC2;
import static dev.ecomops.core.inventory.service.Fixtures.GIFT;
import static dev.ecomops.core.inventory.service.Fixtures.MUG;
import static dev.ecomops.core.inventory.service.Fixtures.TEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Model-based: random receive, reserve, release, confirm and adjust commands run against the
 * keeper and against a plain model of on hand, reserved and open reservations. After every step
 * the keeper agrees with the model exactly, and it refuses a command exactly when the model says
 * stock is short.
 */
@DisplayName("StockKeeper against a model")
class StockKeeperModelProperties {
  private static final List<Sku> SKUS = List.of(TEE, MUG, GIFT);
  private static final List<LocationId> LOCS = List.of(DC1, DC2);

  /** The model: units per key, and what each open reservation holds per key. */
  private static final class Model {
    final Map<StockKey, Long> onHand = new HashMap<>();
    final Map<StockKey, Long> reserved = new HashMap<>();
    final Map<ReservationId, Map<StockKey, Long>> open = new HashMap<>();

    long available(StockKey k) {
      return onHand.getOrDefault(k, 0L) - reserved.getOrDefault(k, 0L);
    }

    Map<StockKey, Long> need(Sku sku, LocationId loc, long q) {
      Map<StockKey, Long> n = new HashMap<>();
      if (sku.equals(GIFT)) {
        n.put(StockKey.of(TEE, loc), q);
        n.put(StockKey.of(MUG, loc), 2 * q);
      } else {
        n.put(StockKey.of(sku, loc), q);
      }
      return n;
    }

    void add(Map<StockKey, Long> into, Map<StockKey, Long> delta, long sign) {
      delta.forEach((k, v) -> into.merge(k, sign * v, Long::sum));
    }
  }

  @Test
  @DisplayName("after every command the keeper's on hand and reserved equal the model's, and it refuses exactly when the model is short")
  void keeperAgreesWithModel() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 60)).checkAssert(codes -> {
      Fixtures f = new Fixtures();
      Model m = new Model();
      List<ReservationId> ids = new ArrayList<>();
      for (int step = 0; step < codes.size(); step++) {
        int code = codes.get(step);
        int kind = code % 5;
        long q = (code / 5) % 4 + 1;
        Sku sku = SKUS.get((code / 20) % 3);
        LocationId loc = LOCS.get((code / 60) % 2);
        IdempotencyKey key = IdempotencyKey.of("m" + step);
        switch (kind) {
          case 0 -> {
            Sku stocked = sku.equals(GIFT) ? MUG : sku;
            f.keeper.receive(Receipt.builder().sku(stocked).location(loc).quantity(q * 3).idempotencyKey(key).build());
            m.onHand.merge(StockKey.of(stocked, loc), q * 3, Long::sum);
          }
          case 1 -> {
            Map<StockKey, Long> need = m.need(sku, loc, q);
            boolean enough = need.entrySet().stream().allMatch(e -> m.available(e.getKey()) >= e.getValue());
            try {
              Reservation r = f.keeper.reserve(ReserveRequest.builder().sku(sku).location(loc).quantity(q).reference("o" + step)
                  .idempotencyKey(key).build());
              assertThat(enough).as("reserved although the model is short").isTrue();
              m.add(m.reserved, need, 1);
              m.open.put(r.id(), need);
              ids.add(r.id());
            } catch (InsufficientStockException e) {
              assertThat(enough).as("refused although the model has enough").isFalse();
            }
          }
          case 2, 3 -> {
            if (ids.isEmpty()) {
              continue;
            }
            ReservationId id = ids.remove((code / 5) % ids.size());
            Map<StockKey, Long> held = m.open.remove(id);
            m.add(m.reserved, held, -1);
            if (kind == 2) {
              f.keeper.release(id);
            } else {
              f.keeper.confirm(id);
              m.add(m.onHand, held, -1);
            }
          }
          default -> {
            StockKey k = StockKey.of(sku.equals(GIFT) ? TEE : sku, loc);
            long delta = (code / 5) % 2 == 0 ? q : -q;
            boolean fits = delta > 0 || m.available(k) >= -delta;
            try {
              f.keeper.adjust(k, delta, "model", null, key);
              assertThat(fits).as("adjusted below reserved").isTrue();
              m.onHand.merge(k, delta, Long::sum);
            } catch (InsufficientStockException e) {
              assertThat(fits).as("refused an adjustment that fits").isFalse();
            }
          }
        }
        for (Sku s : List.of(TEE, MUG)) {
          for (LocationId l : LOCS) {
            StockKey k = StockKey.of(s, l);
            Balance b = f.store.balance(k);
            assertThat(b.onHand()).as("on hand of %s after step %d", k, step).isEqualTo(m.onHand.getOrDefault(k, 0L));
            assertThat(b.reserved()).as("reserved of %s after step %d", k, step).isEqualTo(m.reserved.getOrDefault(k, 0L));
          }
        }
      }
    });
  }
}
