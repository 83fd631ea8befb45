/** {@link dev.ecomops.supply.service.PurchaseOrders}: incoming stock from suppliers, from draft to received, visible to the stock keeper as expected supply. */
@NullMarked
package dev.ecomops.supply.service;

import org.jspecify.annotations.NullMarked;
