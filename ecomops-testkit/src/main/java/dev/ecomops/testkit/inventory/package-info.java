/**
 * Contract kit for {@link dev.ecomops.core.spi.InventoryStore}: extend {@link
 * dev.ecomops.testkit.inventory.InventoryStoreContract} with a factory for your store.
 */
@NullMarked
package dev.ecomops.testkit.inventory;

import org.jspecify.annotations.NullMarked;
