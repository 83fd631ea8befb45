/** Quality control: verifying a package's contents against its order before it closes. */
@NullMarked
package dev.ecomops.fulfillment.qc;

import org.jspecify.annotations.NullMarked;
