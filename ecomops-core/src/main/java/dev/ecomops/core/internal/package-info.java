/** Helpers shared by core's packages; not API, no compatibility promise. */
@NullMarked
package dev.ecomops.core.internal;

import org.jspecify.annotations.NullMarked;
