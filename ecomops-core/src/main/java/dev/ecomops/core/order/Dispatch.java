package dev.ecomops.core.order;

import dev.ecomops.core.LocationId;
import dev.ecomops.core.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One shipment leaving a warehouse, as {@code OrderManager.ship(OrderId, Dispatch)} records it:
 * which packed lines go, from where, with which carrier, what it promised and what it cost. The
 * manager publishes it as {@code OrderEvent.ShipmentDispatched} in the
 * same commit that ships the lines, which is what shipping KPIs (cost per order, on-time
 * shipping, and, with the delivery, on-time delivery and cycle time) are computed from.
 *
 * @param shipmentId the shipment's id (a package or label id), unique per order; also the {@code
 *     packageId} of its pack check, if any
 * @param location where it ships from
 * @param carrier the carrier's name
 * @param service the carrier's service level, empty if none
 * @param promisedBy the latest delivery instant promised to the customer, null if none
 * @param costs what it cost
 * @param lineIds the lines shipped; empty for every packed line
 */
public record Dispatch(String shipmentId, LocationId location, String carrier, String service,
    @Nullable Instant promisedBy, ShipmentCosts costs, List<String> lineIds) {
  /** @throws ValidationException naming {@code shipmentId} or {@code carrier} when blank */
  public Dispatch {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(costs, "costs");
    if (shipmentId == null || shipmentId.isBlank()) {
      throw ValidationException.of("shipmentId", "must not be blank", shipmentId);
    }
    if (carrier == null || carrier.isBlank()) {
      throw ValidationException.of("carrier", "must not be blank", carrier);
    }
    lineIds = List.copyOf(lineIds);
  }
}
