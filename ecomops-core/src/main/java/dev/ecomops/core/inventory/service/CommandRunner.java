package dev.ecomops.core.inventory.service;

import dev.ecomops.core.EcomopsException;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.internal.Digest;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.InventoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a command as an optimistic transaction: stage a {@link Plan} against fresh reads, commit
 * it guarded by the versions read, and on a version conflict re-read and try again, as the {@link
 * RetryPolicy} allows. A replay is answered from the idempotency record: the store's commit finds
 * it when it claims the key (so a fresh command looks its key up once, not twice), and the runner
 * looks it up when the command refuses or stages nothing, since a replay may no longer run (its
 * stock is gone). Events travel inside the commit (the store's outbox); with an inline relay,
 * they are delivered on the calling thread after the command, replays included, so a first
 * attempt whose caller saw an error still has its events delivered.
 */
final class CommandRunner {
  private final InventoryStore store;
  private final boolean recording;
  private final @Nullable OutboxRelay relay;
  private final Clock clock;
  private final RetryPolicy retry;

  CommandRunner(InventoryStore store, boolean recording, @Nullable OutboxRelay relay, Clock clock, RetryPolicy retry) {
    this.store = store;
    this.recording = recording;
    this.relay = relay;
    this.clock = clock;
    this.retry = retry;
  }

  Clock clock() {
    return clock;
  }

  InventoryStore store() {
    return store;
  }

  RetryPolicy retry() {
    return retry;
  }

  /**
   * Runs {@code body} until its plan commits.
   *
   * @param body stages the change and returns the result; may throw to refuse the command
   * @param replay rebuilds the result from the record of an earlier commit with the same key
   * @throws ValidationException naming {@code idempotencyKey} if the key was used for a different command
   */
  <T> T run(IdempotencyKey key, String command, Function<Plan, T> body, Function<CommitRecord, T> replay) {
    return attempt(key, Digest.of(command), body, replay);
  }

  /**
   * {@link #run} for a command whose text was digested piece by piece ({@link Digest}).
   *
   * @param digest the hex digest of the command's canonical text
   */
  <T> T runDigested(IdempotencyKey key, String digest, Function<Plan, T> body, Function<CommitRecord, T> replay) {
    return attempt(key, digest, body, replay);
  }

  /**
   * Runs a command that is idempotent by the state it checks (a second release of a released
   * reservation finds nothing to release): no idempotency record is kept, versions alone guard it.
   */
  <T> T runUnkeyed(String what, Function<Plan, T> body) {
    return attempt(null, what, body, r -> {
      throw new IllegalStateException("an unkeyed command has no record to replay");
    });
  }

  private <T> T attempt(@Nullable IdempotencyKey key, String fingerprint, Function<Plan, T> body,
      Function<CommitRecord, T> replay) {
    RetryPolicy.Attempts attempts = null;
    while (true) {
      // a replay is found by the commit's claim on its key, or here when the command cannot run
      // again (its stock is gone, its reservation released): the record, not the body, answers it
      Plan plan = new Plan(store, clock.instant(), recording);
      T result;
      try {
        result = body.apply(plan);
      } catch (EcomopsException refused) {
        CommitRecord earlier = recorded(key);
        if (earlier != null) {
          return delivered(replayed(earlier, fingerprint, replay));
        }
        if (plan.readsCurrent()) {
          throw refused;
        }
        attempts = backOff(attempts, key, fingerprint);
        continue;
      }
      if (plan.isEmpty()) {
        CommitRecord earlier = recorded(key);
        if (earlier != null) {
          return delivered(replayed(earlier, fingerprint, replay));
        }
        if (plan.readsCurrent()) {
          // nothing to do: perhaps a retry of a command whose first attempt applied unseen, whose
          // events may still wait in the outbox
          return delivered(result);
        }
        attempts = backOff(attempts, key, fingerprint);
        continue;
      }
      Commit commit = plan.toCommit(key, fingerprint);
      CommitOutcome outcome = store.commit(commit);
      switch (outcome.status()) {
        case APPLIED -> {
          return delivered(result);
        }
        case DUPLICATE -> {
          return delivered(replayed(outcome.recordIfAny().orElseThrow(), fingerprint, replay));
        }
        case CONFLICT -> attempts = backOff(attempts, key, fingerprint);
      }
    }
  }

  private RetryPolicy.Attempts backOff(RetryPolicy.@Nullable Attempts attempts, @Nullable IdempotencyKey key,
      String fingerprint) {
    RetryPolicy.Attempts a = attempts != null ? attempts
        : retry.start("inventory command", key != null ? "idempotencyKey " + key.value() : fingerprint);
    a.backOff();
    return a;
  }

  /** Relays what is waiting in the outbox (this command's events among them), if the keeper relays inline. */
  private <T> T delivered(T result) {
    if (relay != null) {
      relay.relayAfterCommand();
    }
    return result;
  }

  private @Nullable CommitRecord recorded(@Nullable IdempotencyKey key) {
    return key == null ? null : store.committed(key).orElse(null);
  }

  private static <T> T replayed(CommitRecord record, String fingerprint, Function<CommitRecord, T> replay) {
    if (!record.fingerprint().equals(fingerprint)) {
      throw ValidationException.of("idempotencyKey", "was already used for a different command", record.idempotencyKey());
    }
    return replay.apply(record);
  }

  /** The date of {@code now} in the clock's zone: the day lots expire by and promises are made for. */
  LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, clock.getZone());
  }
}
