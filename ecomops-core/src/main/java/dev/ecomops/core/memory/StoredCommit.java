package dev.ecomops.core.memory;

import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReservationStatus;
import dev.ecomops.core.spi.Commit;

/**
 * What an applied keyed commit leaves behind, as the {@link CommitTable} hands it back: ledger
 * ranges rather than movements, and each reservation written either by id (when it was written as
 * created, to be rebuilt from its current row) or whole.
 *
 * @param fingerprint the command's fingerprint
 * @param states the keys written, each with its range in {@code ranges}
 * @param ranges per key, the index of its first movement and how many
 * @param reservations per reservation written, its id text (as created) or the {@link Reservation}
 */
record StoredCommit(String fingerprint, KeyState[] states, int[] ranges, Object[] reservations) {

  /** The record of {@code commit}, applied with these ledger ranges on these keys. */
  static StoredCommit of(Commit commit, KeyState[] states, int[] ranges) {
    Object[] written = new Object[commit.reservations().size()];
    for (int i = 0; i < written.length; i++) {
      Reservation r = commit.reservations().get(i).reservation();
      written[i] = asCreated(r) ? r.id().value() : r;
    }
    return new StoredCommit(commit.fingerprint(), states, ranges, written);
  }

  /** Whether {@code r} is as it was created: version 1, everything open. */
  static boolean asCreated(Reservation r) {
    return r.version() == 1 && r.status() == ReservationStatus.ACTIVE && r.open() == r.quantity() && r.picked() == 0
        && r.shipped() == 0 && r.released() == 0 && r.expired() == 0;
  }
}
