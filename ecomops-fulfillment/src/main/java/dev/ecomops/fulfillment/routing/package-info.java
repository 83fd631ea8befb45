/** Picker routing: heuristic and optimal routes through the picks of a pick list, with their lengths. */
@NullMarked
package dev.ecomops.fulfillment.routing;

import org.jspecify.annotations.NullMarked;
