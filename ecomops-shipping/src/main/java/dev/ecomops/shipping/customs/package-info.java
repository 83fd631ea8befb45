/** International shipping: customs declarations, duties and taxes, landed cost, commercial invoices. */
@NullMarked
package dev.ecomops.shipping.customs;

import org.jspecify.annotations.NullMarked;
