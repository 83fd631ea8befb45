/**
 * Inventory as a ledger, as values. Every change of stock is a {@link
 * dev.ecomops.core.inventory.Movement} appended to the ledger of one (SKU, location) {@link
 * dev.ecomops.core.inventory.StockKey}; {@link dev.ecomops.core.inventory.Balance}s are folds of
 * those movements and never go negative; {@link dev.ecomops.core.inventory.Reservation}s hold units
 * for an order. These are what the inventory SPI stores and the inventory events carry. The
 * service hosts call, {@code StockKeeper}, is in {@code dev.ecomops.core.inventory.service}.
 */
@NullMarked
@EcomopsStyle
package dev.ecomops.core.inventory;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
