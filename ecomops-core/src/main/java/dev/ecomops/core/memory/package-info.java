/**
 * Thread-safe in-memory implementations of the core SPIs: the embedded default of the CLI and
 * the simulator, and the reference the contract kits are proven against. State lives only as
 * long as the instance.
 */
@NullMarked
package dev.ecomops.core.memory;

import org.jspecify.annotations.NullMarked;
