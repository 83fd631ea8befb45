/** Shipment tracking: carrier events folded into one status per parcel, and customer notifications. */
@NullMarked
package dev.ecomops.shipping.tracking;

import org.jspecify.annotations.NullMarked;
