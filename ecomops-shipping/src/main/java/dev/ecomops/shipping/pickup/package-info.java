/** Pickup points and lockers: the nearest ones a parcel can go to. */
@NullMarked
package dev.ecomops.shipping.pickup;

import org.jspecify.annotations.NullMarked;
