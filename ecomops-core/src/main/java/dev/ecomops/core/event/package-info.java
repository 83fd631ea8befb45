/**
 * Domain events: immutable facts about committed changes, one sealed interface per emitting
 * domain, published through {@code EventPublisher}. They carry ids,
 * timestamps and the facts KPIs need, so {@code ecomops-kpi} computes everything from them alone.
 */
@NullMarked
package dev.ecomops.core.event;

import org.jspecify.annotations.NullMarked;
