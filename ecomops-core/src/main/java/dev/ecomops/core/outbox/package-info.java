/**
 * Delivery of committed events: {@link dev.ecomops.core.outbox.OutboxRelay} takes the events a
 * store wrote with its state (the transactional outbox, {@link dev.ecomops.core.spi.Outbox}) to an
 * {@link dev.ecomops.core.spi.EventPublisher}, at least once, in order per aggregate, and marks
 * them delivered. It owns no thread: the host calls {@code relayOnce} (or schedules it on its own
 * executor with {@code scheduleOn}).
 */
@NullMarked
@EcomopsStyle
package dev.ecomops.core.outbox;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
