/** The embedded, in-memory implementations of the returns SPIs. */
@NullMarked
package dev.ecomops.returns.memory;

import org.jspecify.annotations.NullMarked;
