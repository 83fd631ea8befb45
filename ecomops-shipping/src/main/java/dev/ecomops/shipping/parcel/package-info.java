/** Parcels and billable weight in metric and imperial units. */
@NullMarked
package dev.ecomops.shipping.parcel;

import org.jspecify.annotations.NullMarked;
