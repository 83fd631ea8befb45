package dev.ecomops.core.inventory;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.style.EcomopsStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Units of a SKU held at one location for an order line, with an optional expiry time. A kit's
 * reservation holds its components ({@link #lines()}) at the same location.
 *
 * <p>Quantities are in units of {@link #sku()}: {@code quantity = open + picked + shipped +
 * released + expired}; only {@code open} units are held in the balances. Each stored change bumps
 * {@link #version()}.
 */
@Value.Immutable
@EcomopsStyle.SharedLists
public abstract class Reservation {

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reservation}. */
  public static class Builder extends ImmutableReservation.Builder {}

  /**
   * A reservation from every attribute, in declaration order, without a builder: the keeper makes
   * one on every reserve, release and confirm. Checks as {@link #builder()} does.
   */
  public static Reservation of(ReservationId id, String reference, Sku sku, LocationId location, long quantity,
      long open, long picked, long shipped, long released, long expired, List<ReservationLine> lines,
      ReservationStatus status, Instant createdAt, Optional<Instant> expiresAt, long version) {
    return ImmutableReservation.of(id, reference, sku, location, quantity, open, picked, shipped, released, expired,
        lines, status, createdAt, expiresAt, version);
  }

  /** The id. */
  @Value.Parameter
  public abstract ReservationId id();

  /** What the units are held for, typically an order line id. */
  @Value.Parameter
  public abstract String reference();

  /** The SKU reserved (possibly a kit). */
  @Value.Parameter
  public abstract Sku sku();

  /** The location the units are held at. */
  @Value.Parameter
  public abstract LocationId location();

  /** Units reserved when it was made. */
  @Value.Parameter
  public abstract long quantity();

  /** Units still held. */
  @Value.Parameter
  public abstract long open();

  /** Units confirmed (picked) and not yet shipped. */
  @Value.Parameter
  public abstract long picked();

  /** Units shipped. */
  @Value.Parameter
  public abstract long shipped();

  /** Units given back by releases. */
  @Value.Parameter
  public abstract long released();

  /** Units given back by expiry. */
  @Value.Parameter
  public abstract long expired();

  /** The stock keys drawn on, with units per reserved unit. */
  @Value.Parameter
  public abstract List<ReservationLine> lines();

  /** Life-cycle status. */
  @Value.Parameter
  public abstract ReservationStatus status();

  /** When it was made. */
  @Value.Parameter
  public abstract Instant createdAt();

  /** When it expires unless confirmed; empty if it never does. */
  @Value.Parameter
  public abstract Optional<Instant> expiresAt();

  /** Stored changes so far, from 1. */
  @Value.Parameter
  public abstract long version();

  /** Whether it is active and its expiry time is at or before {@code now}. */
  public boolean isDue(Instant now) {
    return status() == ReservationStatus.ACTIVE && expiresAt().isPresent() && !expiresAt().get().isAfter(now);
  }

  @Value.Check
  protected void check() {
    if (open() < 0 || picked() < 0 || shipped() < 0 || released() < 0 || expired() < 0) {
      throw ValidationException.of("open", "quantities must be at least 0", this);
    }
    if (open() + picked() + shipped() + released() + expired() != quantity()) {
      throw ValidationException.of("quantity", "must equal open + picked + shipped + released + expired", quantity());
    }
    if (lines().isEmpty()) {
      throw ValidationException.of("lines", "must not be empty", "[]");
    }
  }
}
