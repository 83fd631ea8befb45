/** What a host plugs in for returns: where RMAs are kept and how refunds are paid. */
@NullMarked
package dev.ecomops.returns.spi;

import org.jspecify.annotations.NullMarked;
