/** Exchanges: a replacement instead of a refund, priced against what was paid, with stock held for it. */
@NullMarked
package dev.ecomops.returns.exchange;

import org.jspecify.annotations.NullMarked;
