/**
 * Inventory as a ledger. Every change of stock is a {@link dev.ecomops.core.inventory.Movement}
 * appended to the ledger of one (SKU, location) {@link dev.ecomops.core.inventory.StockKey};
 * {@link dev.ecomops.core.inventory.Balance}s are folds of those movements and never go negative.
 * {@link dev.ecomops.core.inventory.StockKeeper} is the service hosts call: receipts,
 * adjustments, transfers, reservations with idempotency keys and time-to-live, lots consumed FIFO
 * or FEFO, kits, available to promise by date. {@link dev.ecomops.core.inventory.CycleCounter},
 * {@link dev.ecomops.core.inventory.Reconciler} and {@link dev.ecomops.forecasting.replenishment.AbcClassifier}
 * build on it.
 */
@NullMarked
@EcomopsStyle
package dev.ecomops.core.inventory;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
