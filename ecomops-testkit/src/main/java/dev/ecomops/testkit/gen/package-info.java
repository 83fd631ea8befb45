/** QuickTheories generators of valid (and deliberately invalid) domain values, for adopters' property tests. */
@NullMarked
package dev.ecomops.testkit.gen;

import org.jspecify.annotations.NullMarked;
