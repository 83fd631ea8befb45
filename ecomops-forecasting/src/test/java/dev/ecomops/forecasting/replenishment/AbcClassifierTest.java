package dev.ecomops.forecasting.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.Sku;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AbcClassifier")
class AbcClassifierTest {

  @Test
  @DisplayName("ABC: 80/15/5 by value share, highest value first")
  void abc_defaults() {
    Map<Sku, BigDecimal> value = new LinkedHashMap<>();
    value.put(Sku.of("c"), BigDecimal.valueOf(3));
    value.put(Sku.of("a"), BigDecimal.valueOf(70));
    value.put(Sku.of("b1"), BigDecimal.valueOf(12));
    value.put(Sku.of("a2"), BigDecimal.valueOf(10));
    value.put(Sku.of("b2"), BigDecimal.valueOf(5));
    Map<Sku, AbcClass> classes = AbcClassifier.ofDefaults().classify(value);
    assertThat(classes.keySet()).extracting(Sku::value).containsExactly("a", "b1", "a2", "b2", "c");
    // cumulative share before each: 0, .70, .82, .92, .97
    assertThat(classes.values()).containsExactly(AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C);
  }
}
