/**
 * The catalog's values: stock locations with their type and capabilities, and kits. What services
 * consult them through is the {@code Catalog} SPI in {@code dev.ecomops.core.spi}; the embedded
 * default is {@code InMemoryCatalog} in {@code dev.ecomops.core.memory}.
 */
@NullMarked
@EcomopsStyle
package dev.ecomops.core.catalog;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
