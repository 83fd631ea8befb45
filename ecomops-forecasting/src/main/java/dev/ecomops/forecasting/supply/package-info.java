/** Supply planning: which supplier to buy from, with the reasoning, and single-source risk. */
@NullMarked
package dev.ecomops.forecasting.supply;

import org.jspecify.annotations.NullMarked;
