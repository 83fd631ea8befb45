/** Rate shopping across carriers and services, with the rejected alternatives and why. */
@NullMarked
package dev.ecomops.shipping.shopping;

import org.jspecify.annotations.NullMarked;
