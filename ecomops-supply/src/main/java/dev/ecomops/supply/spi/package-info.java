/** What a host implements for supply: where purchase orders are kept (contract kit: {@code dev.ecomops.testkit.supply.PurchaseOrderRepositoryContract}). */
@NullMarked
package dev.ecomops.supply.spi;

import org.jspecify.annotations.NullMarked;
