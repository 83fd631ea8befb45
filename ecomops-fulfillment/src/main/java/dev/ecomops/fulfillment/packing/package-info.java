/** Cartonization: choosing cartons for a shipment's items and placing every item in 3D. */
@NullMarked
package dev.ecomops.fulfillment.packing;

import org.jspecify.annotations.NullMarked;
