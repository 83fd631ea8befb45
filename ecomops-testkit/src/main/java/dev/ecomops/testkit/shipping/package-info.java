/** Contract kits of the shipping SPIs: carriers, notifiers and route optimizers. */
@NullMarked
package dev.ecomops.testkit.shipping;

import org.jspecify.annotations.NullMarked;
