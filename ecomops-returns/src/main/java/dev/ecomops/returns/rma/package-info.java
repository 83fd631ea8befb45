/** The return merchandise authorization (RMA) lifecycle: approval, receipt, inspection and disposition, resolution. */
@NullMarked
package dev.ecomops.returns.rma;

import org.jspecify.annotations.NullMarked;
