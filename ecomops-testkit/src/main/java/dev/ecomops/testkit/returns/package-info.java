/** Contract kits for the returns SPIs. */
@NullMarked
package dev.ecomops.testkit.returns;

import org.jspecify.annotations.NullMarked;
