/**
 * Returns: return policy, RMA lifecycle, inspection and disposition, refunds and exchanges, return analytics. Filled by the returns issue; depends on {@code ecomops-core} only.
 */
@NullMarked
package dev.ecomops.returns;

import org.jspecify.annotations.NullMarked;
