package dev.ecomops.core.inventory.service;

import static dev.ecomops.core.inventory.service.Fixtures.BOLT;
import static dev.ecomops.core.inventory.service.Fixtures.DC1;
import static dev.ecomops.core.inventory.service.Fixtures.DC2;
import static dev.ecomops.core.inventory.service.Fixtures.GIFT;
import static dev.ecomops.core.inventory.service.Fixtures.MILK;
import static dev.ecomops.core.inventory.service.Fixtures.MUG;
import static dev.ecomops.core.inventory.service.Fixtures.TEE;
import static dev.ecomops.core.inventory.service.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.ecomops.core.EcomopsException;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.LotBalance;
import dev.ecomops.core.inventory.MovementKind;
import dev.ecomops.core.inventory.Receipt;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationId;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.StockKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Model-based properties of the ledger: random command sequences (each int decodes to one
 * command, so QuickTheories shrinks a failure to a short sequence) against invariants checked
 * after every step.
 */
@DisplayName("Ledger properties")
class LedgerProperties {
  private static final List<Sku> SKUS = List.of(TEE, MUG, GIFT);
  private static final List<LocationId> LOCS = List.of(DC1, DC2);

  /** Runs one decoded command; returns a replayable thunk with the same idempotency key. */
  private static Supplier<Object> command(Fixtures f, int code, List<ReservationId> ids, int step) {
    int kind = Math.floorMod(code, 9);
    int q = Math.floorMod(code / 9, 6) + 1;
    Sku sku = SKUS.get(Math.floorMod(code / 54, SKUS.size()));
    LocationId loc = LOCS.get(Math.floorMod(code / 162, LOCS.size()));
    Sku stocked = sku.equals(GIFT) ? MUG : sku;
    StockKey key = StockKey.of(stocked, loc);
    IdempotencyKey idem = IdempotencyKey.of("cmd-" + step);
    ReservationId some = ids.isEmpty() ? null : ids.get(Math.floorMod(code / 324, ids.size()));
    StockKeeper k = f.keeper;
    return switch (kind) {
      case 0, 1 -> () -> k.receive(Receipt.builder().sku(stocked).location(loc).quantity(q * 2L).idempotencyKey(idem).build());
      case 2, 3 -> () -> {
        Reservation r = k.reserve(ReserveRequest.builder().sku(sku).location(loc).quantity(q).reference("o" + step)
            .timeToLive(code % 2 == 0 ? java.util.Optional.of(Duration.ofMinutes(q)) : java.util.Optional.empty())
            .allowPartial(code % 3 == 0).idempotencyKey(idem).build());
        if (!ids.contains(r.id())) {
          ids.add(r.id());
        }
        return r;
      };
      case 4 -> some == null ? () -> null : () -> k.release(some);
      case 5 -> some == null ? () -> null : () -> k.confirm(some);
      case 6 -> some == null ? () -> null : () -> k.ship(some);
      case 7 -> () -> k.adjust(key, q % 2 == 0 ? q : -q, "random", null, idem);
      default -> {
        f.clock.advance(Duration.ofMinutes(q));
        yield () -> k.transfer(stocked, loc, loc.equals(DC1) ? DC2 : DC1, q, TODAY.plusDays(q), idem);
      }
    };
  }

  private static void checkInvariants(Fixtures f) {
    for (StockKey key : f.store.keys()) {
      Balance b = f.store.balance(key);
      assertThat(b.onHand()).as("onHand of %s", key).isNotNegative();
      assertThat(b.reserved()).as("reserved of %s", key).isNotNegative().isLessThanOrEqualTo(b.sellable());
      assertThat(b.picked()).isNotNegative();
      assertThat(b.inTransit()).isNotNegative();
      assertThat(b.damaged() + b.onHold()).isLessThanOrEqualTo(b.onHand());
      assertThat(Balance.replay(f.store.movements(key))).as("replay of %s", key).isEqualTo(b);
      // what a database keeps in columns rebuilds the same balance (Balance.restore)
      assertThat(Balance.restore(b.onHand(), b.reserved(), b.picked(), b.damaged(), b.onHold(), b.inTransit(),
          b.incoming(), b.safetyStock(), b.version(), b.lots(), b.schedule())).as("restore of %s", key).isEqualTo(b);
    }
  }

  @Test
  @DisplayName("random command sequences never make a balance negative, and replaying the ledger reproduces every balance")
  void randomSequences_invariantsHold() {
    qt().withExamples(150).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 80)).checkAssert(codes -> {
      Fixtures f = new Fixtures();
      List<ReservationId> ids = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        Supplier<Object> c = command(f, codes.get(i), ids, i);
        f.keeper.expireDue(1000); // expiry on access is a change of its own; make it happen first
        int before = f.store.keys().stream().mapToInt(k -> f.store.movements(k).size()).sum();
        try {
          c.get();
        } catch (EcomopsException refused) {
          int after = f.store.keys().stream().mapToInt(k -> f.store.movements(k).size()).sum();
          assertThat(after).as("a refused command appends nothing").isEqualTo(before);
        }
        checkInvariants(f);
      }
    });
  }

  @Test
  @DisplayName("replaying every command with its idempotency key returns the first result and changes nothing")
  void idempotentReplay_changesNothing() {
    qt().withExamples(100).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 40)).checkAssert(codes -> {
      Fixtures f = new Fixtures();
      List<ReservationId> ids = new ArrayList<>();
      List<Supplier<Object>> done = new ArrayList<>();
      List<Object> results = new ArrayList<>();
      List<Boolean> keyed = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        Supplier<Object> c = command(f, codes.get(i), ids, i);
        int kind = Math.floorMod(codes.get(i), 9);
        try {
          results.add(c.get());
          done.add(c);
          keyed.add(kind < 4 || kind > 6);
        } catch (EcomopsException refused) {
          // refused commands have no result to replay
        }
      }
      f.keeper.expireDue(1000); // time stands still from here, so nothing else is due during the replay
      Map<StockKey, Balance> balances = new HashMap<>();
      f.store.keys().forEach(k -> balances.put(k, f.store.balance(k)));
      int events = f.events.size();
      for (int i = 0; i < done.size(); i++) {
        Object again = done.get(i).get();
        if (keyed.get(i)) {
          assertThat(again).as("replay of command %d", i).isEqualTo(results.get(i));
        } else if (again != null) {
          // release(id), confirm(id), ship(id) are idempotent by state: they return the current state
          assertThat(((Reservation) again).id()).isEqualTo(((Reservation) results.get(i)).id());
        }
      }
      f.store.keys().forEach(k -> assertThat(f.store.balance(k)).isEqualTo(balances.get(k)));
      assertThat(f.events.size()).isEqualTo(events);
    });
  }

  @Test
  @DisplayName("FEFO picks never leave a lot that expires earlier than one they took")
  void fefo_takesEarliestExpiry() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 60)).ofSizeBetween(1, 6), integers().between(1, 30))
        .checkAssert((expiries, want) -> {
          Fixtures f = new Fixtures();
          for (int i = 0; i < expiries.size(); i++) {
            f.receiveLot(MILK, DC1, 5, "L" + i, TODAY.plusDays(expiries.get(i)));
          }
          long q = Math.min(want, expiries.size() * 5L);
          f.keeper.confirm(f.reserve(MILK, DC1, q).id());
          StockKey k = StockKey.of(MILK, DC1);
          LocalDate latestTaken = f.store.movements(k).stream().filter(m -> m.kind() == MovementKind.PICK)
              .map(m -> m.lotExpiry().orElseThrow()).max(LocalDate::compareTo).orElseThrow();
          for (LotBalance left : f.store.balance(k).lots()) {
            boolean partlyTaken = left.quantity() < 5;
            if (!partlyTaken) {
              assertThat(left.expiryDate()).isAfterOrEqualTo(latestTaken);
            }
          }
          assertThat(f.store.balance(k).onHand()).isEqualTo(expiries.size() * 5L - q);
        });
  }

  @Test
  @DisplayName("FIFO picks take lots in receipt order")
  void fifo_takesOldestReceipt() {
    qt().withExamples(100).forAll(integers().between(1, 5), integers().between(1, 25)).checkAssert((lots, want) -> {
      Fixtures f = new Fixtures();
      for (int i = 0; i < lots; i++) {
        f.receiveLot(BOLT, DC1, 5, "B" + i, TODAY.plusDays(100 - i));
      }
      long q = Math.min(want, lots * 5L);
      f.keeper.confirm(f.reserve(BOLT, DC1, q).id());
      List<String> taken = f.store.movements(StockKey.of(BOLT, DC1)).stream()
          .filter(m -> m.kind() == MovementKind.PICK).map(m -> m.lot().orElseThrow()).toList();
      for (int i = 0; i < taken.size(); i++) {
        assertThat(taken.get(i)).isEqualTo("B" + i);
      }
    });
  }
}
