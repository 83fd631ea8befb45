/** What a host plugs in for returns and customer service: where RMAs and support tickets are kept and how refunds are paid. */
@NullMarked
package dev.ecomops.returns.spi;

import org.jspecify.annotations.NullMarked;
