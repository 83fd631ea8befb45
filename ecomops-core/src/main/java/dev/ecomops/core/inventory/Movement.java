package dev.ecomops.core.inventory;

import dev.ecomops.core.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a stock ledger: an immutable fact about a (SKU, location). Movements are only ever
 * appended; a {@link Balance} is the fold of a key's movements in {@link #sequence()} order.
 *
 * <p>Rules checked on build: the quantity is positive, except for {@link
 * MovementKind#ADJUSTMENT} and {@link MovementKind#COUNT_CORRECTION} (non-zero, signed) and
 * {@link MovementKind#SAFETY_STOCK} (the new level, zero or more); a state change names two
 * different states; scheduled supply and transfers in transit carry an expected date and a
 * reference.
 */
@Value.Immutable
public abstract class Movement {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Movement}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static class Builder extends ImmutableMovement.Builder {}

  /** The ledger this movement belongs to. */
  public abstract StockKey key();

  /** Position in the key's ledger, from 1; equals the balance version after it is applied. */
  public abstract long sequence();

  /** What the movement does. */
  public abstract MovementKind kind();

  /** Units moved (see {@link MovementKind} for signs). */
  public abstract long quantity();

  /** When it happened, from the injected clock. */
  public abstract Instant occurredAt();

  /** Why, for adjustments, corrections and state changes (e.g. {@code shrinkage}). */
  public abstract Optional<String> reason();

  /** What it belongs to: a reservation, transfer, supply or count id. */
  public abstract Optional<String> reference();

  /** The lot, for lot-tracked products. */
  public abstract Optional<String> lot();

  /** The lot's expiry date, for perishable lots. */
  public abstract Optional<LocalDate> lotExpiry();

  /** The date scheduled supply or a transfer is expected. */
  public abstract Optional<LocalDate> expectedDate();

  /** The state units are in (receipts, returns) or leave (state changes); sellable by default. */
  @Value.Default
  public StockState state() {
    return StockState.SELLABLE;
  }

  /** The state units enter, for {@link MovementKind#STATE_CHANGE}. */
  public abstract Optional<StockState> toState();

  @Value.Check
  protected void check() {
    switch (kind()) {
      case ADJUSTMENT, COUNT_CORRECTION -> {
        if (quantity() == 0) {
          throw ValidationException.of("quantity", "must not be 0 for " + kind(), 0);
        }
      }
      case SAFETY_STOCK -> {
        if (quantity() < 0) {
          throw ValidationException.of("quantity", "must be at least 0 for SAFETY_STOCK", quantity());
        }
      }
      default -> {
        if (quantity() < 1) {
          throw ValidationException.of("quantity", "must be at least 1 for " + kind(), quantity());
        }
      }
    }
    if (sequence() < 1) {
      throw ValidationException.of("sequence", "must be at least 1", sequence());
    }
    if (kind() == MovementKind.STATE_CHANGE && (toState().isEmpty() || toState().get() == state())) {
      throw ValidationException.of("toState", "must differ from state " + state() + " for STATE_CHANGE", toState().orElse(null));
    }
    boolean scheduled = kind() == MovementKind.SUPPLY_EXPECTED || kind() == MovementKind.TRANSFER_IN_TRANSIT;
    if (scheduled && (expectedDate().isEmpty() || reference().isEmpty())) {
      throw ValidationException.of("expectedDate", "must be set with a reference for " + kind(), expectedDate().orElse(null));
    }
  }
}
