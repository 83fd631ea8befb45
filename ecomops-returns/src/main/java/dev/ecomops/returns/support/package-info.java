/** Customer service as values: support tickets (opened, first response, resolved) and satisfaction surveys. */
@NullMarked
package dev.ecomops.returns.support;

import org.jspecify.annotations.NullMarked;
