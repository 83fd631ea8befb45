/** Customer service: support tickets (opened, first response, resolved) and satisfaction surveys. */
@NullMarked
package dev.ecomops.core.support;

import org.jspecify.annotations.NullMarked;
