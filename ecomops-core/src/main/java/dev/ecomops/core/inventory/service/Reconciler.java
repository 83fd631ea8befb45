package dev.ecomops.core.inventory.service;

import dev.ecomops.core.Check;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Balance;
import dev.ecomops.core.inventory.Discrepancy;
import dev.ecomops.core.inventory.InsufficientStockException;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.StockKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reconciles inventory: checks stored balances against a replay of their ledgers, compares our on
 * hand with an external snapshot (an ERP or 3PL stock file), and repairs differences by posting
 * correcting movements with a reason, never by overwriting a balance.
 */
public final class Reconciler {
  private final StockKeeper keeper;

  private Reconciler(StockKeeper keeper) {
    this.keeper = keeper;
  }

  /** A reconciler over {@code keeper}'s store. */
  public static Reconciler of(StockKeeper keeper) {
    return new Reconciler(keeper);
  }

  /**
   * Replays every key's ledger from empty and compares each bucket with the stored balance. A
   * correct store reports nothing; anything reported is a defect of the store, which no movement
   * can repair.
   *
   * @return every bucket whose stored value differs from the replay (expected = replay)
   */
  public List<Discrepancy> checkLedger() {
    List<Discrepancy> out = new ArrayList<>();
    for (StockKey k : new TreeSet<>(keeper.store().keys())) {
      List<Movement> ledger = keeper.store().movements(k);
      Balance stored = keeper.store().balance(k);
      if (stored.version() != ledger.size()) {
        continue; // a commit landed between the two reads; the next check sees both
      }
      Balance replay = Balance.replay(ledger);
      compare(out, k, "onHand", replay.onHand(), stored.onHand());
      compare(out, k, "reserved", replay.reserved(), stored.reserved());
      compare(out, k, "picked", replay.picked(), stored.picked());
      compare(out, k, "damaged", replay.damaged(), stored.damaged());
      compare(out, k, "onHold", replay.onHold(), stored.onHold());
      compare(out, k, "inTransit", replay.inTransit(), stored.inTransit());
      compare(out, k, "incoming", replay.incoming(), stored.incoming());
      compare(out, k, "safetyStock", replay.safetyStock(), stored.safetyStock());
    }
    return out;
  }

  /**
   * Compares our on hand with an external snapshot. Keys missing on one side count as zero there.
   *
   * @param external on hand per key according to the other system
   * @return one discrepancy per differing key (expected = external, actual = ours), sorted by key
   */
  public List<Discrepancy> compare(Map<StockKey, Long> external) {
    TreeSet<StockKey> all = new TreeSet<>(external.keySet());
    all.addAll(keeper.store().keys());
    List<Discrepancy> out = new ArrayList<>();
    for (StockKey k : all) {
      long theirs = external.getOrDefault(k, 0L);
      compare(out, k, "onHand", theirs, keeper.store().balance(k).onHand());
    }
    return out;
  }

  /**
   * Posts one adjustment per discrepancy so our on hand matches the external value. Idempotent
   * per run id and key: repairing the same run twice posts nothing new.
   *
   * @param discrepancies from {@link #compare}
   * @param reason why, recorded on each movement (e.g. {@code 3PL snapshot 2026-11-26})
   * @param runId identifies this reconciliation run
   * @return the movements posted
   * @throws InsufficientStockException if a decrease would take reserved units (earlier
   *     adjustments of the call stay posted; re-running the same run id continues safely)
   */
  public List<Movement> repair(List<Discrepancy> discrepancies, String reason, String runId) {
    Check.text("reason", reason, 200);
    Check.text("runId", runId, 100);
    List<Movement> out = new ArrayList<>();
    for (Discrepancy d : discrepancies) {
      if (d.difference() != 0) {
        out.addAll(keeper.adjust(d.key(), d.difference(), reason, null,
            IdempotencyKey.of("reconcile|" + runId + "|" + d.key())));
      }
    }
    return out;
  }

  private static void compare(List<Discrepancy> out, StockKey k, String bucket, long expected, long actual) {
    if (expected != actual) {
      out.add(new Discrepancy(k, bucket, expected, actual));
    }
  }
}
