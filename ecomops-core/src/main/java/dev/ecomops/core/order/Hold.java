package dev.ecomops.core.order;

import java.time.Instant;
import java.util.Objects;

/**
 * Why an order is held back from fulfilment, and since when. Held orders keep their stock but
 * are not released until the hold is.
 *
 * @param reason why
 * @param note free text for the person reviewing (risk reasons, for example)
 * @param since when the hold was placed
 */
public record Hold(Reason reason, String note, Instant since) {

  /** Why an order is held. */
  public enum Reason {
    /** The risk assessment scored it at or above the threshold. */
    RISK_REVIEW,
    /** The address could not be verified. */
    ADDRESS_PROBLEM,
    /** Payment is not confirmed. */
    PAYMENT,
    /** The customer asked to wait. */
    CUSTOMER_REQUEST,
    /** Anything else; see the note. */
    OTHER
  }

  /** @throws NullPointerException if an argument is null */
  public Hold {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(since, "since");
  }
}
