/** Statistical functions several domains share. */
@NullMarked
package dev.ecomops.core.stat;

import org.jspecify.annotations.NullMarked;
