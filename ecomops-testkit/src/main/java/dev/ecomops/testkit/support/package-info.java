/** The contract kit of the support-ticket repository SPI. */
@NullMarked
package dev.ecomops.testkit.support;

import org.jspecify.annotations.NullMarked;
