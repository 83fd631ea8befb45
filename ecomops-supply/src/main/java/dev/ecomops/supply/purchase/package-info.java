/** Purchase orders as values: lines, status, expected arrivals, receipts that matched no order. */
@NullMarked
package dev.ecomops.supply.purchase;

import org.jspecify.annotations.NullMarked;
