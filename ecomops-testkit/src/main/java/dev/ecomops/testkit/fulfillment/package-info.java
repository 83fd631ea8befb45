/** Contract kits for the fulfillment SPIs. */
@NullMarked
package dev.ecomops.testkit.fulfillment;

import org.jspecify.annotations.NullMarked;
