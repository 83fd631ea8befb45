package dev.ecomops.core.support;

import dev.ecomops.core.InvalidTransitionException;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.DomainEvent;
import dev.ecomops.core.event.SupportEvent.SurveyAnswered;
import dev.ecomops.core.event.SupportEvent.TicketFirstResponse;
import dev.ecomops.core.event.SupportEvent.TicketOpened;
import dev.ecomops.core.event.SupportEvent.TicketResolved;
import dev.ecomops.core.spi.EventPublisher;
import dev.ecomops.core.support.spi.TicketRepository;
import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Customer service tickets: opened, answered (only the first answer is an event: it is what
 * first-response time measures), resolved, and surveyed once resolved. Idempotent: opening an
 * existing ticket returns it, a second first answer, resolution or survey changes nothing. A
 * survey before resolution is refused ({@link InvalidTransitionException}), a score outside 1 to
 * 5 too ({@link ValidationException} naming {@code score}), both changing nothing. Thread safe.
 */
public final class SupportDesk {
  private final TicketRepository tickets;
  private final EventPublisher events;
  private final Clock clock;

  /** A desk over these collaborators. */
  public SupportDesk(TicketRepository tickets, EventPublisher events, Clock clock) {
    this.tickets = Objects.requireNonNull(tickets, "tickets");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Opens a ticket now.
   *
   * @param orderId the order it is about, empty if none
   */
  public Ticket open(String id, String channel, String orderId) {
    Ticket t = Ticket.open(id, channel, orderId, clock.instant());
    if (!tickets.save(t, 0)) {
      return find(id);
    }
    events.publish(new TicketOpened(id, channel, orderId, t.openedAt()));
    return t;
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
    while (true) {
      Ticket t = find(id);
      Ticket after = next.apply(t);
      if (after == null) {
        return t;
      }
      if (tickets.save(after, t.version())) {
        events.publish(event.apply(after));
        return after;
      }
      Thread.onSpinWait();
    }
  }
}
