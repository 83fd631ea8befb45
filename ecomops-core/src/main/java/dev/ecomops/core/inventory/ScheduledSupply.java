package dev.ecomops.core.inventory;

import java.time.LocalDate;

/**
 * Units expected at a (SKU, location) on a date: open purchase-order supply or a transfer in
 * transit.
 *
 * @param reference the supply or transfer id
 * @param expectedDate the day the units are expected
 * @param quantity units still expected
 * @param transfer true for a transfer in transit, false for supply from outside
 */
public record ScheduledSupply(String reference, LocalDate expectedDate, long quantity, boolean transfer) {}
