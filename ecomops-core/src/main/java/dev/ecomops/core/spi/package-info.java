/**
 * Interfaces the host implements to plug ecomops into its own infrastructure: {@link
 * dev.ecomops.core.spi.InventoryStore} (ledger, balances, reservations, idempotency records),
 * {@link dev.ecomops.core.spi.EventPublisher} and {@link dev.ecomops.core.spi.IdGenerator}. Each
 * has a thread-safe in-memory implementation and a contract kit in {@code ecomops-testkit}.
 * Signatures use only ecomops value types and JDK types.
 */
@NullMarked
package dev.ecomops.core.spi;

import org.jspecify.annotations.NullMarked;
