/** The after-sales services that run on the returns SPI: {@link dev.ecomops.returns.service.ReturnService} (the RMA lifecycle) and {@link dev.ecomops.returns.service.SupportDesk} (support tickets). */
@NullMarked
package dev.ecomops.returns.service;

import org.jspecify.annotations.NullMarked;
