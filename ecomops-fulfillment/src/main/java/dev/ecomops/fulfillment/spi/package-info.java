/** What a host plugs in for fulfilment: its third-party logistics providers. */
@NullMarked
package dev.ecomops.fulfillment.spi;

import org.jspecify.annotations.NullMarked;
