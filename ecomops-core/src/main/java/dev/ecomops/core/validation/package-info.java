/**
 * Input validation shared by every ecomops module: the Hibernate Validator configuration
 * (no Jakarta EL, Immutables-style accessors) and cheap structural checks, both reporting
 * through {@link dev.ecomops.core.ValidationException}.
 */
@NullMarked
package dev.ecomops.core.validation;

import org.jspecify.annotations.NullMarked;
