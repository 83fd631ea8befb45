/** Where support tickets are kept. */
@NullMarked
package dev.ecomops.core.support.spi;

import org.jspecify.annotations.NullMarked;
