package dev.ecomops.returns.service;

import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.EventEnvelope;
import dev.ecomops.core.event.SupportEvent.SurveyAnswered;
import dev.ecomops.core.event.SupportEvent.TicketFirstResponse;
import dev.ecomops.core.event.SupportEvent.TicketOpened;
import dev.ecomops.core.event.SupportEvent.TicketResolved;
import dev.ecomops.core.outbox.OutboxRelay;
import dev.ecomops.core.retry.Conflicts;
import dev.ecomops.core.retry.RetryPolicy;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.returns.spi.TicketRepository;
import dev.ecomops.returns.support.Ticket;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Customer service tickets: opened, answered (only the first answer is an event: it is what
 * first-response time measures), resolved, and surveyed once resolved. Idempotent: opening an
 * existing ticket returns it, a second first answer, resolution or survey changes nothing. A
 * survey before resolution is refused ({@link InvalidTransitionException}), a score outside 1 to
 * 5 too ({@link ValidationException} naming {@code score}), both changing nothing. Thread safe.
 *
 * <p>Each change's event is saved with the ticket, in the repository's outbox ({@link
 * TicketRepository}, rule 2); with a publisher given, the desk relays the outbox after each
 * command, so what the publisher refuses is delivered by a later relay, never lost. A change that
 * keeps losing version races gives up as its {@link RetryPolicy} says ({@link
 * dev.ecomops.core.retry.RetriesExhaustedException}), having written nothing.
 */
public final class SupportDesk {
  private final TicketRepository tickets;
  private final @Nullable OutboxRelay relay;
  private final Clock clock;
  private final RetryPolicy retry;

  /**
   * A desk over these collaborators, relaying the repository's outbox to {@code events} after
   * each command, with the default retry policy.
   */
  public SupportDesk(TicketRepository tickets, EventPublisher events, Clock clock) {
    this(tickets, events, clock, RetryPolicy.defaults());
  }

  /**
   * A desk over these collaborators.
   *
   * @param events where the repository's outbox is relayed after each command; {@link
   *     EventPublisher#noop()} to leave delivery to the host's own {@link OutboxRelay}
   * @param retry the policy for version conflicts
   */
  public SupportDesk(TicketRepository tickets, EventPublisher events, Clock clock, RetryPolicy retry) {
    this.tickets = Objects.requireNonNull(tickets, "tickets");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.relay = OutboxRelay.inline(tickets.outbox(), events, clock);
  }

  /**
   * Opens a ticket now.
   *
   * @param orderId the order it is about, empty if none
   */
  public Ticket open(String id, String channel, String orderId) {
    Ticket t = Ticket.open(id, channel, orderId, clock.instant());
    if (!tickets.save(t, 0, List.of(envelope(t, new TicketOpened(id, channel, orderId, t.openedAt()))))) {
      return relayed(Conflicts.stored(tickets.find(id), "ticket", id));
    }
    return relayed(t);
  }

  /** Records an agent's answer now; only the first counts. */
  public Ticket respond(String id) {
    return change(id, t -> t.firstResponseAt() != null ? null : new Ticket(t.id(), t.channel(), t.orderId(),
        t.openedAt(), clock.instant(), t.resolvedAt(), t.csat(), t.version() + 1),
        t -> new TicketFirstResponse(t.id(), t.channel(), t.openedAt(), Objects.requireNonNull(t.firstResponseAt())));
  }

  /** Resolves the ticket now (an unanswered ticket counts as answered at resolution). */
  public Ticket resolve(String id) {
    Ticket before = find(id);
    if (before.firstResponseAt() == null) {
      respond(id);
    }
    return change(id, t -> t.resolvedAt() != null ? null : new Ticket(t.id(), t.channel(), t.orderId(), t.openedAt(),
        t.firstResponseAt(), clock.instant(), t.csat(), t.version() + 1),
        t -> new TicketResolved(t.id(), t.channel(), t.openedAt(), Objects.requireNonNull(t.resolvedAt())));
  }

  /**
   * Records the customer's survey answer; only the first counts.
   *
   * @param score 1 (very dissatisfied) to 5 (very satisfied)
   */
  public Ticket survey(String id, int score) {
    if (score < 1 || score > 5) {
      throw ValidationException.of("score", "must be 1 to 5", score);
    }
    Ticket now = find(id);
    if (now.resolvedAt() == null) {
      throw new InvalidTransitionException("ticket " + id, "OPEN", "a survey");
    }
    return change(id, t -> t.csat() != 0 ? null : new Ticket(t.id(), t.channel(), t.orderId(), t.openedAt(),
        t.firstResponseAt(), t.resolvedAt(), score, t.version() + 1),
        t -> new SurveyAnswered(t.id(), t.channel(), score, clock.instant()));
  }

  /**
   * A ticket by id.
   *
   * @throws ValidationException naming {@code ticketId} when unknown
   */
  public Ticket find(String id) {
    return tickets.find(id).orElseThrow(() -> ValidationException.of("ticketId", "must be a ticket", id));
  }

  private Ticket change(String id, UnaryOperator<@Nullable Ticket> next,
      java.util.function.Function<Ticket, DomainEvent> event) {
    RetryPolicy.Attempts attempts = null;
    while (true) {
      Ticket t = find(id);
      Ticket after = next.apply(t);
      if (after == null) {
        return relayed(t);
      }
      if (tickets.save(after, t.version(), List.of(envelope(after, event.apply(after))))) {
        return relayed(after);
      }
      if (attempts == null) {
        attempts = retry.start("ticket", id);
      }
      attempts.backOff();
    }
  }

  private static EventEnvelope envelope(Ticket after, DomainEvent e) {
    return EventEnvelope.ofVersion("ticket", after.id(), after.version(), 0, e);
  }

  /** Delivers what waits in the outbox, if this desk relays; the command's result either way. */
  private Ticket relayed(Ticket t) {
    if (relay != null) {
      relay.relayAfterCommand();
    }
    return t;
  }
}
