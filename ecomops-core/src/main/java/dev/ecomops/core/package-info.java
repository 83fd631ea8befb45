/**
 * Core values shared by every ecomops module: {@link dev.ecomops.core.Money}, identifiers
 * ({@link dev.ecomops.core.Sku}, {@link dev.ecomops.core.LocationId}), measures with units
 * ({@link dev.ecomops.core.Weight}, {@link dev.ecomops.core.Dimensions}), {@link
 * dev.ecomops.core.Address}, {@link dev.ecomops.core.GeoPoint}, {@link dev.ecomops.core.Product}
 * and the exceptions every module throws.
 */
@NullMarked
@EcomopsStyle
package dev.ecomops.core;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
