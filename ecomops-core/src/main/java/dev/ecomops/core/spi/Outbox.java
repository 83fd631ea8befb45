package dev.ecomops.core.spi;

import dev.ecomops.core.event.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where committed events wait to be delivered: the read side of a transactional outbox. A store
 * writes a command's events in the same atomic write as its state ({@link Commit#events()}, the
 * repositories' writes); an {@code OutboxRelay} claims them here, hands
 * them to an {@link EventPublisher}, and acknowledges them. Several relays (several nodes) may
 * work one outbox at once. The in-memory default is {@code InMemoryOutbox}.
 *
 * <p>The contract, checked by {@code dev.ecomops.testkit.event.OutboxContract}:
 *
 * <ol>
 *   <li><b>With the state, never without it.</b> The events of a write appear here if and only if
 *       the write applied, once, as soon as the write returns. A write that returned a conflict or
 *       a duplicate adds nothing.
 *   <li><b>In order per aggregate.</b> {@link #claim} returns an aggregate's events in sequence
 *       order, and never an event while an earlier event of its aggregate is undelivered and
 *       claimed by a live lease: a relay never overtakes another on one aggregate.
 *   <li><b>No double delivery in the normal case.</b> An event under a live lease is not claimed
 *       again, by any relay. Acknowledged events are never claimed again.
 *   <li><b>At least once.</b> An event claimed and not acknowledged before its lease ends (the
 *       relay crashed, or its publisher failed) is claimable again.
 *   <li><b>Idempotent acknowledgement.</b> Acknowledging an event twice, or one already
 *       acknowledged by another relay, changes nothing; unknown events are ignored.
 *   <li><b>Thread safe.</b> Every method may be called from many threads; none returns null.
 * </ol>
 */
public interface Outbox {

  /**
   * Claims undelivered events for delivery, oldest first, under a lease.
   *
   * @param now the instant the lease starts
   * @param lease how long the claim holds, positive
   * @param limit the most events to claim, at least 1
   * @return up to {@code limit} events, each aggregate's in sequence order; empty when nothing is claimable
   * @throws IllegalArgumentException if {@code limit} is below 1 or the lease is not positive
   */
  List<EventEnvelope> claim(Instant now, Duration lease, int limit);

  /**
   * Marks events delivered, so they are never claimed again. A database outbox finds them by
   * {@link EventEnvelope#id()}; the in-memory one by the envelopes {@link #claim} handed out.
   *
   * @param delivered envelopes {@link #claim} returned, delivered
   */
  void acknowledge(Collection<EventEnvelope> delivered);

  /**
   * Gives events back before their lease ends (their publisher failed), so they are claimable at
   * once. Acknowledged or unknown events are ignored.
   *
   * @param undelivered envelopes {@link #claim} returned, not delivered
   */
  void unclaim(Collection<EventEnvelope> undelivered);

  /**
   * How many events are not yet acknowledged (claimed or not).
   *
   * @return a count, at least 0
   */
  long pending();
}
