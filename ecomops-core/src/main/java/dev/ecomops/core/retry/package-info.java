/**
 * Bounded retries: {@link dev.ecomops.core.retry.RetryPolicy} (attempts, exponential backoff with
 * full jitter, a deadline) is the one policy every optimistic loop of ecomops runs under, and
 * {@link dev.ecomops.core.retry.RetriesExhaustedException} is what a loop throws when the policy
 * gives up, with nothing written.
 */
@NullMarked
@EcomopsStyle
package dev.ecomops.core.retry;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
