/**
 * The ecomops testkit: QuickTheories generators for domain types and SPI contract kits, the
 * abstract JUnit 5 test classes an integrator extends to prove an SPI implementation. Adopters add
 * it in test scope.
 */
@NullMarked
package dev.ecomops.testkit;

import org.jspecify.annotations.NullMarked;
