package dev.ecomops.core.spi;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import java.util.ArrayList;
import java.util.List;

/**
 * What an applied {@link Commit} wrote, kept under its idempotency key so a replay of the command
 * returns the first result.
 *
 * @param idempotencyKey the command's key
 * @param fingerprint the command's digest
 * @param movements every movement appended, in commit order
 * @param reservations every reservation written, as written
 */
public record CommitRecord(IdempotencyKey idempotencyKey, String fingerprint, List<Movement> movements,
    List<Reservation> reservations) {

  /** Copies the lists. */
  public CommitRecord {
    movements = List.copyOf(movements);
    reservations = List.copyOf(reservations);
  }

  /**
   * The record of an applied commit.
   *
   * @throws IllegalArgumentException if the commit has no idempotency key
   */
  public static CommitRecord of(Commit commit) {
    if (commit.idempotencyKey() == null) {
      throw new IllegalArgumentException("an unkeyed commit leaves no record");
    }
    List<Movement> moved = commit.stock().size() == 1 ? commit.stock().get(0).movements() : new ArrayList<>();
    if (commit.stock().size() != 1) {
      for (Commit.StockUpdate u : commit.stock()) {
        moved.addAll(u.movements());
      }
    }
    Reservation[] written = new Reservation[commit.reservations().size()];
    for (int i = 0; i < written.length; i++) {
      written[i] = commit.reservations().get(i).reservation();
    }
    return new CommitRecord(commit.idempotencyKey(), commit.fingerprint(), moved, List.of(written));
  }
}
