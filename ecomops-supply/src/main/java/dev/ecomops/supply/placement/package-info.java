/** Stock placement: how much of a purchase goes to which location. */
@NullMarked
package dev.ecomops.supply.placement;

import org.jspecify.annotations.NullMarked;
