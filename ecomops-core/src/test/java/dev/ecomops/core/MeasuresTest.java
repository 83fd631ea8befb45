package dev.ecomops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Weight, Dimensions and GeoPoint")
class MeasuresTest {

  @Test
  @DisplayName("a pound is exactly 0.45359237 kg and an ounce exactly 28.349523125 g")
  void weight_exactConversions() {
    assertThat(Weight.of(1, WeightUnit.LB).in(WeightUnit.KG)).isEqualByComparingTo("0.45359237");
    assertThat(Weight.of(1, WeightUnit.OZ).in(WeightUnit.G)).isEqualByComparingTo("28.349523125");
    assertThat(Weight.of(16, WeightUnit.OZ)).isEqualTo(Weight.of(1, WeightUnit.LB));
    assertThat(Weight.of("2.5", WeightUnit.LB).in(WeightUnit.LB)).isEqualByComparingTo("2.5");
    assertThat(Weight.of(1, WeightUnit.KG).in(WeightUnit.LB).doubleValue()).isCloseTo(2.2046226218, within(1e-9));
  }

  @Test
  @DisplayName("negative weights are refused naming the field")
  void weight_negative() {
    assertThatThrownBy(() -> Weight.of("-1", WeightUnit.KG)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("weight: must be at least 0");
  }

  @Test
  @DisplayName("an inch is exactly 2.54 cm; volumes convert between cm3 and in3")
  void dimensions_exact() {
    Dimensions d = Dimensions.of(10, 10, 10, LengthUnit.IN);
    assertThat(d.length(LengthUnit.CM)).isEqualByComparingTo("25.4");
    assertThat(d.volume(LengthUnit.IN)).isEqualByComparingTo("1000");
    assertThat(d.volume(LengthUnit.CM)).isEqualByComparingTo("16387.064");
    assertThat(Dimensions.of(new BigDecimal("25.4"), new BigDecimal("25.4"), new BigDecimal("25.4"), LengthUnit.CM)).isEqualTo(d);
  }

  @Test
  @DisplayName("a box fits in a container in some orientation")
  void dimensions_fits() {
    Dimensions item = Dimensions.of(30, 10, 20, LengthUnit.CM);
    assertThat(item.fitsWithin(Dimensions.of(10, 20, 30, LengthUnit.CM))).isTrue();
    assertThat(item.fitsWithin(Dimensions.of(29, 20, 25, LengthUnit.CM))).isFalse();
    assertThatThrownBy(() -> Dimensions.of(0, 1, 1, LengthUnit.CM)).hasMessageContaining("length: must be positive");
  }

  @Test
  @DisplayName("great-circle distance London to Paris is about 344 km")
  void geo_distance() {
    GeoPoint london = GeoPoint.of(51.5074, -0.1278);
    GeoPoint paris = GeoPoint.of(48.8566, 2.3522);
    assertThat(london.distanceKm(paris)).isCloseTo(343.5, within(1.0));
    assertThat(london.distanceKm(london)).isZero();
    assertThatThrownBy(() -> GeoPoint.of(91, 0)).hasMessageContaining("latitude: must be between -90 and 90");
  }
}
