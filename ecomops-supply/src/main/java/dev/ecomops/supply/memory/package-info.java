/** The in-memory, thread-safe implementation of the supply SPI: the embedded default and the contract kit's reference. */
@NullMarked
package dev.ecomops.supply.memory;

import org.jspecify.annotations.NullMarked;
