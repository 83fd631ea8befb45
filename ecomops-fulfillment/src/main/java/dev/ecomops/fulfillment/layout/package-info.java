/** Warehouse layouts: parallel aisles, cross aisles, the depot, and travel distances between positions. */
@NullMarked
package dev.ecomops.fulfillment.layout;

import org.jspecify.annotations.NullMarked;
