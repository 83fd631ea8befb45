package dev.ecomops.core.inventory;

/**
 * One stock key a reservation draws on: the SKU itself, or one component of a kit.
 *
 * @param key the (SKU, location) reserved
 * @param perUnit units of this key per unit of the reserved SKU (1 unless a kit component)
 */
public record ReservationLine(StockKey key, long perUnit) {}
