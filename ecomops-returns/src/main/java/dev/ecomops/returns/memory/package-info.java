/** The embedded, in-memory implementations of the returns and customer-service SPIs. */
@NullMarked
package dev.ecomops.returns.memory;

import org.jspecify.annotations.NullMarked;
