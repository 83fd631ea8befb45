/** Pick lists: single-order and batched picking with cart capacity, waves, zones. */
@NullMarked
package dev.ecomops.fulfillment.picking;

import org.jspecify.annotations.NullMarked;
