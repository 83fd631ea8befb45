/** Return analytics: rates by SKU, category, reason and customer; outlier SKUs; serial returners. */
@NullMarked
package dev.ecomops.returns.analytics;

import org.jspecify.annotations.NullMarked;
