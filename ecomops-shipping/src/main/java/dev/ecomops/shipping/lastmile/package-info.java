/** Last-mile routing for a store's own fleet: capacitated vehicle routing with time windows. */
@NullMarked
package dev.ecomops.shipping.lastmile;

import org.jspecify.annotations.NullMarked;
