/** What a host plugs in for shipping: its carriers. The library never calls a network itself. */
@NullMarked
package dev.ecomops.shipping.spi;

import org.jspecify.annotations.NullMarked;
