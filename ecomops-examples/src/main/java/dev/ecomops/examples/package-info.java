/**
 * A small host application, compiled the way an adopter compiles: against the ecomops jars, with
 * {@code -Xlint:all -Werror} and no annotation processor. It plugs its own {@link
 * dev.ecomops.core.spi.InventoryStore} into the {@link dev.ecomops.core.inventory.service.StockKeeper}.
 */
package dev.ecomops.examples;
