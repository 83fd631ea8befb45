/**
 * The catalog ecomops reads: products, stock locations and kits. {@link
 * dev.ecomops.core.catalog.Catalog} is what services consult to refuse unknown SKUs and
 * locations; {@link dev.ecomops.core.catalog.InMemoryCatalog} is the embedded default.
 */
@NullMarked
@EcomopsStyle
package dev.ecomops.core.catalog;

import dev.ecomops.core.style.EcomopsStyle;
import org.jspecify.annotations.NullMarked;
