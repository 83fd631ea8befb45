package dev.ecomops.returns.exchange;

import dev.ecomops.core.IdempotencyKey;
import dev.ecomops.core.LocationId;
import dev.ecomops.core.Money;
import dev.ecomops.core.RmaId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.event.RmaStatus;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.ReserveRequest;
import dev.ecomops.core.inventory.service.StockKeeper;
import dev.ecomops.returns.rma.Rma;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An exchange: the customer sends units back and gets a replacement instead of a refund. The
 * replacement is priced against what the returned units cost them: even, the customer pays the
 * difference, or is refunded it. Stock for the replacement is held when the return is approved or
 * when it is received, as the policy chooses, under the idempotency key {@code exchange-<rma>}, so
 * asking again holds nothing more.
 *
 * @param rmaId the return it belongs to
 * @param sku the replacement SKU
 * @param quantity replacement units, at least 1
 * @param paid what the returned units cost the customer
 * @param price what the replacement costs
 */
public record Exchange(RmaId rmaId, Sku sku, long quantity, Money paid, Money price) {

  /** When to hold stock for the replacement. */
  public enum Timing {
    /** As soon as the return is approved. */
    ON_APPROVAL,
    /** Only once the returned units arrive. */
    ON_RECEIPT
  }

  /** @throws ValidationException naming {@code quantity} when below 1 */
  public Exchange {
    Objects.requireNonNull(rmaId, "rmaId");
    Objects.requireNonNull(sku, "sku");
    if (quantity < 1) {
      throw ValidationException.of("quantity", "must be at least 1", quantity);
    }
    paid.plus(price); // both in one currency, or CurrencyMismatchException
  }

  /** What the customer pays on top (positive), or gets back (negative); zero for an even exchange. */
  public Money difference() {
    return price.minus(paid);
  }

  /** Whether the exchange is even. */
  public boolean even() {
    return difference().isZero();
  }

  /**
   * Holds stock for the replacement if the return has reached the point the timing asks for.
   *
   * @param location where to hold it, or empty for any location
   * @return the reservation, or empty when it is not yet time
   * @throws dev.ecomops.core.inventory.InsufficientStockException when the replacement is out of stock
   */
  public Optional<Reservation> holdIfDue(Rma rma, Timing timing, StockKeeper keeper, Optional<LocationId> location) {
    Set<RmaStatus> due = timing == Timing.ON_APPROVAL
        ? EnumSet.of(RmaStatus.APPROVED, RmaStatus.LABEL_ISSUED, RmaStatus.IN_TRANSIT, RmaStatus.RECEIVED,
            RmaStatus.INSPECTED)
        : EnumSet.of(RmaStatus.RECEIVED, RmaStatus.INSPECTED);
    if (!due.contains(rma.status())) {
      return Optional.empty();
    }
    ReserveRequest.Builder b = ReserveRequest.builder().sku(sku).quantity(quantity).reference("exchange " + rmaId)
        .idempotencyKey(IdempotencyKey.of("exchange-" + rmaId));
    location.ifPresent(b::location);
    return Optional.of(keeper.reserve(b.build()));
  }
}
