package dev.ecomops.core.event;

import dev.ecomops.core.inventory.Movement;
import dev.ecomops.core.inventory.Reservation;
import dev.ecomops.core.inventory.StockKey;
import java.time.Instant;

/** Events of the inventory ledger: one per movement, and one per reservation change. */
public sealed interface InventoryEvent extends DomainEvent {

  /**
   * A movement was appended to a ledger. Every movement has exactly one.
   *
   * @param movement the movement
   */
  record StockMoved(Movement movement) implements InventoryEvent {
    @Override
    public Instant occurredAt() {
      return movement.occurredAt();
    }
  }

  /**
   * Units were reserved.
   *
   * @param reservation the new reservation
   */
  record StockReserved(Reservation reservation) implements InventoryEvent {
    @Override
    public Instant occurredAt() {
      return reservation.createdAt();
    }
  }

  /**
   * A reservation gave back units by release.
   *
   * @param reservation the reservation after the release
   * @param quantity units released
   * @param occurredAt when
   */
  record ReservationReleased(Reservation reservation, long quantity, Instant occurredAt) implements InventoryEvent {}

  /**
   * A reservation expired.
   *
   * @param reservation the reservation after expiry
   * @param quantity units given back
   * @param occurredAt when the expiry was applied
   */
  record ReservationExpired(Reservation reservation, long quantity, Instant occurredAt) implements InventoryEvent {}

  /**
   * Reserved units were confirmed (picked).
   *
   * @param reservation the reservation after confirmation
   * @param quantity units confirmed
   * @param occurredAt when
   */
  record ReservationConfirmed(Reservation reservation, long quantity, Instant occurredAt) implements InventoryEvent {}

  /**
   * Picked units of a reservation shipped.
   *
   * @param reservation the reservation after shipping
   * @param quantity units shipped
   * @param occurredAt when
   */
  record ReservationShipped(Reservation reservation, long quantity, Instant occurredAt) implements InventoryEvent {}

  /**
   * A cycle count line was recorded against the book quantity.
   *
   * @param countId the count
   * @param key the counted (SKU, location)
   * @param bookQuantity on hand per the ledger when counted
   * @param countedQuantity units found
   * @param withinTolerance whether the difference is within the count's tolerance
   * @param occurredAt when it was counted
   */
  record StockCounted(String countId, StockKey key, long bookQuantity, long countedQuantity, boolean withinTolerance,
      Instant occurredAt) implements InventoryEvent {}
}
