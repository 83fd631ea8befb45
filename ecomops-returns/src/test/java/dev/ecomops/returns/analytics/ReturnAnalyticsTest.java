package dev.ecomops.returns.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.Sku;
import dev.ecomops.returns.policy.ReturnReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Return analytics")
class ReturnAnalyticsTest {

  @Test
  @DisplayName("rates by SKU, category, customer and reason; the z-test flags the jeans, not the tee; shrinkage ranks the steady returner first")
  void analytics() {
    ReturnAnalytics a = new ReturnAnalytics();
    // apparel: jeans 200 sold, 60 returned (30%); tee 800 sold, 80 returned (10%)
    a.sold(Sku.of("JEANS"), "apparel", "many", 200).returned(Sku.of("JEANS"), "apparel", "many", ReturnReason.DOES_NOT_FIT, 60);
    a.sold(Sku.of("TEE"), "apparel", "others", 800).returned(Sku.of("TEE"), "apparel", "others", ReturnReason.CHANGED_MIND, 80);
    // two customers: one bought 2 and returned both; one bought 50 and returned 40
    a.sold(Sku.of("TEE"), "apparel", "two-of-two", 2).returned(Sku.of("TEE"), "apparel", "two-of-two",
        ReturnReason.CHANGED_MIND, 2);
    a.sold(Sku.of("TEE"), "apparel", "forty-of-fifty", 50).returned(Sku.of("TEE"), "apparel", "forty-of-fifty",
        ReturnReason.CHANGED_MIND, 40);
    assertThat(a.rate(Sku.of("JEANS"))).isCloseTo(0.30, within(1e-12));
    assertThat(a.customerRate("two-of-two")).isEqualTo(1.0);
    assertThat(a.reasonShares().get(ReturnReason.DOES_NOT_FIT)).isCloseTo(60.0 / 182, within(1e-12));
    // jeans 60/200 against the rest 122/852: pooled 182/1052; z = (0.3 − 0.1432)/√(p(1−p)(1/200 + 1/852)) ≈ 5.32
    var outliers = a.outliers(1.645);
    assertThat(outliers).extracting(o -> o.sku().value()).containsExactly("JEANS");
    double p = 182.0 / 1052;
    double z = (0.3 - 122.0 / 852) / Math.sqrt(p * (1 - p) * (1.0 / 200 + 1.0 / 852));
    assertThat(outliers.get(0).z()).isCloseTo(z, within(1e-9));
    // prior of 20 units at the overall rate 182/1052: 40/50 → (40 + 3.46)/70 = 0.62; 2/2 → (2 + 3.46)/22 = 0.25
    assertThat(a.serialReturners(20, 2)).extracting(ReturnAnalytics.Returner::customer)
        .containsExactly("forty-of-fifty");
  }
}
