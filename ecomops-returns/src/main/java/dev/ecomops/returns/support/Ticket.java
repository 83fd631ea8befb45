package dev.ecomops.returns.support;

import dev.ecomops.core.ValidationException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A support ticket: immutable; every change makes a new one with the version one higher.
 *
 * @param id its identifier, not blank
 * @param channel the contact channel (email, chat, phone), not blank
 * @param orderId the order it is about, empty if none
 * @param openedAt when it was opened
 * @param firstResponseAt when an agent first answered, if yet
 * @param resolvedAt when it was resolved, if yet
 * @param csat the survey score 1 to 5, 0 while unanswered
 * @param version for optimistic concurrency, from 1
 */
public record Ticket(String id, String channel, String orderId, Instant openedAt, @Nullable Instant firstResponseAt,
    @Nullable Instant resolvedAt, int csat, long version) {

  /** @throws ValidationException naming the field that breaks its rule */
  public Ticket {
    if (id == null || id.isBlank()) {
      throw ValidationException.of("id", "must not be blank", id);
    }
    if (channel == null || channel.isBlank()) {
      throw ValidationException.of("channel", "must not be blank", channel);
    }
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(openedAt, "openedAt");
    if (csat < 0 || csat > 5) {
      throw ValidationException.of("csat", "must be 1 to 5, or 0 while unanswered", csat);
    }
  }

  /** A new ticket. */
  public static Ticket open(String id, String channel, String orderId, Instant at) {
    return new Ticket(id, channel, orderId, at, null, null, 0, 1);
  }
}
