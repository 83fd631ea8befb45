/** Sourcing: which supplier to buy from, with the reasoning; lead times, supplier scorecards and single-source risk. */
@NullMarked
package dev.ecomops.supply.sourcing;

import org.jspecify.annotations.NullMarked;
