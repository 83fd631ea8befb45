/** Refunds computed exactly from what was paid. */
@NullMarked
package dev.ecomops.returns.refund;

import org.jspecify.annotations.NullMarked;
