package dev.ecomops.core.inventory;

import dev.ecomops.core.EcomopsException;
import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.spi.Commit;
import dev.ecomops.core.spi.CommitOutcome;
import dev.ecomops.core.spi.CommitRecord;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.spi.InventoryStore;
import java.time.Clock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command as an optimistic transaction: stage a {@link Plan} against fresh reads, commit
 * it guarded by the versions read, and on a version conflict re-read and try again. A replay is
 * answered from the idempotency record: the store's commit finds it when it claims the key (so a
 * fresh command looks its key up once, not twice), and the runner looks it up when the command
 * refuses or stages nothing, since a replay may no longer run (its stock is gone). Events are
 * published only after an applied commit.
 */
final class CommandRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

  private final InventoryStore store;
  private final EventPublisher events;
  private final Clock clock;
  private final boolean publishing;

  CommandRunner(InventoryStore store, EventPublisher events, Clock clock) {
    this.store = store;
    this.events = events;
    this.clock = clock;
    this.publishing = events != NOOP;
  }

  /** The publisher that drops everything; with it, plans skip building events at all. */
  static final EventPublisher NOOP = EventPublisher.noop();

  Clock clock() {
    return clock;
  }

  InventoryStore store() {
    return store;
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
    for (int attempt = 0; ; attempt++) {
      // a replay is found by the commit's claim on its key, or here when the command cannot run
      // again (its stock is gone, its reservation released): the record, not the body, answers it
      Plan plan = new Plan(store, clock.instant(), publishing);
      T result;
      try {
        result = body.apply(plan);
      } catch (EcomopsException refused) {
        CommitRecord earlier = recorded(key);
        if (earlier != null) {
          return replayed(earlier, fingerprint, replay);
        }
        if (plan.readsCurrent()) {
          throw refused;
        }
        backOff(attempt);
        continue;
      }
      if (plan.isEmpty()) {
        CommitRecord earlier = recorded(key);
        if (earlier != null) {
          return replayed(earlier, fingerprint, replay);
        }
        if (plan.readsCurrent()) {
          return result;
        }
        backOff(attempt);
        continue;
      }
      Commit commit = plan.toCommit(key, fingerprint);
      CommitOutcome outcome = store.commit(commit);
      switch (outcome.status()) {
        case APPLIED -> {
          publish(plan);
          return result;
        }
        case DUPLICATE -> {
          return replayed(outcome.recordIfAny().orElseThrow(), fingerprint, replay);
        }
        case CONFLICT -> backOff(attempt);
      }
    }
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

  private void publish(Plan plan) {
    for (DomainEvent e : plan.events()) {
      try {
        events.publish(e);
      } catch (RuntimeException ex) {
        LOG.warn("event publisher failed on {}; the change stays committed", e.getClass().getSimpleName(), ex);
      }
    }
  }

  private static void backOff(int attempt) {
    if (attempt < 8) {
      Thread.onSpinWait();
    } else {
      Thread.yield();
    }
  }
}
