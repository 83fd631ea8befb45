package dev.ecomops.core.inventory;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sellable units of one lot at one (SKU, location).
 *
 * @param lot the lot code
 * @param expiryDate the last day the lot may be sold, or null if it does not expire
 * @param firstSequence the ledger sequence that first received it (FIFO order)
 * @param quantity sellable units on hand, zero or more
 */
public record LotBalance(String lot, @Nullable LocalDate expiryDate, long firstSequence, long quantity) {

  /** The expiry date, if the lot expires. */
  public Optional<LocalDate> expiry() {
    return Optional.ofNullable(expiryDate);
  }

  /** Whether the lot may no longer be sold on {@code day} (its expiry date is before it). */
  public boolean expiredOn(LocalDate day) {
    return expiryDate != null && expiryDate.isBefore(day);
  }
}
