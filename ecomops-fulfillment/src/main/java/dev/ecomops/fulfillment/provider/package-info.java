/** Working with fulfilment providers (3PLs): submitting, cancelling, tracking, a simulated provider, and the in-house versus 3PL cost comparison. */
@NullMarked
package dev.ecomops.fulfillment.provider;

import org.jspecify.annotations.NullMarked;
