/** Warehouse planning: slotting, waves, zones and labour. */
@NullMarked
package dev.ecomops.fulfillment.planning;

import org.jspecify.annotations.NullMarked;
