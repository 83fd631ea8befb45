/** Delivery promises: business-day calendars, cut-offs, handling and transit, on-time checks. */
@NullMarked
package dev.ecomops.shipping.promise;

import org.jspecify.annotations.NullMarked;
