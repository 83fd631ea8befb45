/**
 * The embedded stores of the fulfillment SPIs: thread safe, in memory, for tests, demos and the
 * simulator.
 */
@NullMarked
package dev.ecomops.fulfillment.memory;

import org.jspecify.annotations.NullMarked;
