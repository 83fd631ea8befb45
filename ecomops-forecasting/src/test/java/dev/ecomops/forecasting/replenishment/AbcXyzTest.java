package dev.ecomops.forecasting.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ABC-XYZ segmentation")
class AbcXyzTest {
  static final Sku A = Sku.of("A");
  static final Sku B = Sku.of("B");
  static final Sku C = Sku.of("C");

  @Test
  @DisplayName("value 80/15/5 gives A, B, C; CV 0, 0.8 and no demand give X, Y, Z")
  void segments() {
    Map<Sku, BigDecimal> value = Map.of(A, new BigDecimal("800"), B, new BigDecimal("150"), C, new BigDecimal("50"));
    // B: demand 2 and 8 -> mean 5, sd 3, CV 0.6
    Map<Sku, double[]> demand = Map.of(A, new double[] {10, 10, 10}, B, new double[] {2, 8});
    Map<Sku, AbcXyz.Segment> s = AbcXyz.ofDefaults().classify(value, demand);
    assertThat(s.get(A).code()).isEqualTo("AX");
    assertThat(s.get(B).code()).isEqualTo("BY");
    assertThat(s.get(B).cv()).isCloseTo(0.6, within(1e-12));
    assertThat(s.get(C).code()).isEqualTo("CZ");
    assertThat(s.keySet()).containsExactly(A, B, C);
    assertThatThrownBy(() -> AbcXyz.of(AbcClassifier.ofDefaults(), 1.0, 0.5)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("yMax");
  }
}
