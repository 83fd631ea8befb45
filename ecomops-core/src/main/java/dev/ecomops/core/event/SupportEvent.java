package dev.ecomops.core.event;

import java.time.Instant;

/**
 * Events of customer service: tickets opened, answered and resolved, and satisfaction surveys.
 * Each carries what its KPIs need (for instance when the ticket was opened), so a consumer needs
 * no lookup.
 */
public sealed interface SupportEvent extends DomainEvent {

  /** The ticket. */
  String ticketId();

  /** The contact channel it came through (email, chat, phone). */
  String channel();

  /**
   * A customer opened a ticket.
   *
   * @param ticketId the ticket
   * @param channel the contact channel
   * @param orderId the order it is about, or empty
   * @param occurredAt when
   */
  record TicketOpened(String ticketId, String channel, String orderId, Instant occurredAt) implements SupportEvent {}

  /**
   * An agent answered the ticket for the first time.
   *
   * @param ticketId the ticket
   * @param channel the contact channel
   * @param openedAt when it was opened
   * @param occurredAt when the first answer went out
   */
  record TicketFirstResponse(String ticketId, String channel, Instant openedAt, Instant occurredAt)
      implements SupportEvent {}

  /**
   * The ticket was resolved.
   *
   * @param ticketId the ticket
   * @param channel the contact channel
   * @param openedAt when it was opened
   * @param occurredAt when it was resolved
   */
  record TicketResolved(String ticketId, String channel, Instant openedAt, Instant occurredAt) implements SupportEvent {}

  /**
   * The customer answered the satisfaction survey.
   *
   * @param ticketId the ticket
   * @param channel the contact channel
   * @param score 1 (very dissatisfied) to 5 (very satisfied)
   * @param occurredAt when
   */
  record SurveyAnswered(String ticketId, String channel, int score, Instant occurredAt) implements SupportEvent {}
}
