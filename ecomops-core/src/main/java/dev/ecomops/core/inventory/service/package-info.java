/**
 * The inventory services. {@link dev.ecomops.core.inventory.service.StockKeeper} is the one hosts
 * call: receipts, adjustments, transfers, reservations with idempotency keys and time-to-live,
 * lots consumed FIFO or FEFO, kits, available to promise by date. {@link
 * dev.ecomops.core.inventory.service.CycleCounter} and {@link
 * dev.ecomops.core.inventory.service.Reconciler} build on it.
 *
 * <p>A command runs in one direction: {@code StockKeeper} (the API) hands it to {@code
 * ReservationDesk} or {@code StockMoves} (the rules), which work on a {@code Plan} (the
 * balances and reservations read for this command, the movements it appends); {@code
 * CommandRunner} commits the plan to the {@link dev.ecomops.core.spi.InventoryStore} with its
 * events, retrying on a version conflict within the retry policy.
 */
@NullMarked
package dev.ecomops.core.inventory.service;

import org.jspecify.annotations.NullMarked;
