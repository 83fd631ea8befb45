/** Contract kits for the order SPIs. */
@NullMarked
package dev.ecomops.testkit.order;

import org.jspecify.annotations.NullMarked;
