package dev.ecomops.core.spi;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link InventoryStore#commit(Commit)} ended.
 *
 * @param status applied, refused for a version conflict, or a duplicate of an earlier commit
 * @param record the earlier commit's record when {@code status} is {@link Status#DUPLICATE}, and
 *     null otherwise (an applied commit's caller holds the commit it sent, so a store need not
 *     build its record twice)
 */
public record CommitOutcome(Status status, @Nullable CommitRecord record) {

  /** The three ways a commit ends. */
  public enum Status {
    /** Everything was written. */
    APPLIED,
    /** Nothing was written: an expected version did not match. The caller re-reads and retries. */
    CONFLICT,
    /** Nothing was written: the idempotency key was already committed; {@code record} is that commit. */
    DUPLICATE
  }

  /**
   * Checks that a record accompanies DUPLICATE and nothing else.
   *
   * @throws IllegalArgumentException if DUPLICATE comes without a record, or another status with one
   */
  public CommitOutcome {
    Objects.requireNonNull(status, "status");
    if (status == Status.DUPLICATE && record == null) {
      throw new IllegalArgumentException("DUPLICATE needs the earlier record");
    }
    if (status != Status.DUPLICATE && record != null) {
      throw new IllegalArgumentException(status + " carries no record; only DUPLICATE does");
    }
  }

  private static final CommitOutcome APPLIED = new CommitOutcome(Status.APPLIED, null);
  private static final CommitOutcome CONFLICT = new CommitOutcome(Status.CONFLICT, null);

  /** Applied: everything was written (and, for a keyed commit, its record stored). */
  public static CommitOutcome applied() {
    return APPLIED;
  }

  /** Refused for a version conflict. */
  public static CommitOutcome conflict() {
    return CONFLICT;
  }

  /** A duplicate of {@code earlier}. */
  public static CommitOutcome duplicate(CommitRecord earlier) {
    return new CommitOutcome(Status.DUPLICATE, earlier);
  }

  /** The earlier record of a DUPLICATE; empty otherwise. */
  public Optional<CommitRecord> recordIfAny() {
    return Optional.ofNullable(record);
  }
}
