/** In-memory implementations of the shipping SPIs, for tests, demos and the simulator. */
@NullMarked
package dev.ecomops.shipping.memory;

import org.jspecify.annotations.NullMarked;
