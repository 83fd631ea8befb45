/** Return policies as data, and their per-line decisions with the rule behind each. */
@NullMarked
package dev.ecomops.returns.policy;

import org.jspecify.annotations.NullMarked;
