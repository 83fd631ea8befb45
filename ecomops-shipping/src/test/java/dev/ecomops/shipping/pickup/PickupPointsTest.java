package dev.ecomops.shipping.pickup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.Dimensions;
import dev.ecomops.core.GeoPoint;
import dev.ecomops.core.LengthUnit;
import dev.ecomops.core.Weight;
import dev.ecomops.core.WeightUnit;
import dev.ecomops.shipping.parcel.Parcel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pickup points")
class PickupPointsTest {
  static PickupPoint point(String id, String carrier, double lat, double lon, long side, boolean open) {
    return new PickupPoint(id, carrier, GeoPoint.of(lat, lon), Dimensions.of(side, side, side, LengthUnit.CM),
        Weight.of(20, WeightUnit.KG), open);
  }

  @Test
  @DisplayName("the nearest open points of an allowed carrier whose compartments fit the parcel, nearest first")
  void nearest() {
    GeoPoint customer = GeoPoint.of(52.5200, 13.4050); // Berlin
    List<PickupPoint> points = List.of(point("near-small", "DHL", 52.5210, 13.4060, 20, true),
        point("near-closed", "DHL", 52.5201, 13.4051, 60, false), point("mid", "DHL", 52.5300, 13.4200, 60, true),
        point("far", "DHL", 52.6000, 13.5000, 60, true), point("other-carrier", "UPS", 52.5202, 13.4052, 60, true));
    Parcel parcel = new Parcel(Dimensions.of(40, 30, 10, LengthUnit.CM), Weight.of(3, WeightUnit.KG));
    assertThat(PickupPoints.nearest(customer, parcel, Set.of("DHL"), points, 5)).extracting(PickupPoint::id)
        .containsExactly("mid", "far");
    assertThat(PickupPoints.nearest(customer, parcel, Set.of(), points, 1)).extracting(PickupPoint::id)
        .containsExactly("other-carrier");
  }
}
