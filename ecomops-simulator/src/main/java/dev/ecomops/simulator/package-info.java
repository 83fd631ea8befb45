/**
 * A deterministic discrete-event simulation of a direct-to-consumer store's operations over the
 * domain modules' in-memory SPIs: demand, allocation, replenishment, picking and packing,
 * shipping, returns and customer service, every step reported to the KPI engine.
 */
@NullMarked
package dev.ecomops.simulator;

import org.jspecify.annotations.NullMarked;
