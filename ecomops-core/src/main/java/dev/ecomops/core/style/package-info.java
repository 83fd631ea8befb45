/**
 * The shared Immutables style of ecomops value types. Source-only: nothing here exists at run
 * time, so adopters never need the Immutables processor.
 */
@NullMarked
package dev.ecomops.core.style;

import org.jspecify.annotations.NullMarked;
