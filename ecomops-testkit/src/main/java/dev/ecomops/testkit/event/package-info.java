/**
 * Contract kits for {@link dev.ecomops.core.spi.EventPublisher} and {@link
 * dev.ecomops.core.spi.IdGenerator}.
 */
@NullMarked
package dev.ecomops.testkit.event;

import org.jspecify.annotations.NullMarked;
