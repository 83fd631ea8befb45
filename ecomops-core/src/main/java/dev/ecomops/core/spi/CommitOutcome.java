package dev.ecomops.core.spi;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link InventoryStore#commit(Commit)} ended.
 *
 * @param status applied, refused for a version conflict, or a duplicate of an earlier commit
 * @param record the earlier commit's record when {@code status} is {@link Status#DUPLICATE}; this
 *     commit's when {@link Status#APPLIED} (null for an unkeyed commit); null on conflict
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

  /** Checks that a record accompanies DUPLICATE. */
  public CommitOutcome {
    Objects.requireNonNull(status, "status");
    if (status == Status.DUPLICATE && record == null) {
      throw new IllegalArgumentException("DUPLICATE needs the earlier record");
    }
  }

  private static final CommitOutcome APPLIED_UNKEYED = new CommitOutcome(Status.APPLIED, null);
  private static final CommitOutcome CONFLICT = new CommitOutcome(Status.CONFLICT, null);

  /** Applied, with its record (null for an unkeyed commit). */
  public static CommitOutcome applied(@Nullable CommitRecord record) {
    return record == null ? APPLIED_UNKEYED : new CommitOutcome(Status.APPLIED, record);
  }

  /** Refused for a version conflict. */
  public static CommitOutcome conflict() {
    return CONFLICT;
  }

  /** A duplicate of {@code earlier}. */
  public static CommitOutcome duplicate(CommitRecord earlier) {
    return new CommitOutcome(Status.DUPLICATE, earlier);
  }

  /** The record, if any. */
  public Optional<CommitRecord> recordIfAny() {
    return Optional.ofNullable(record);
  }
}
