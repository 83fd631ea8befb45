package dev.ecomops.forecasting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Accuracy measures, worked by hand")
class AccuracyTest {
  static final double[] Y = {10, 20, 0, 40};
  static final double[] F = {12, 15, 0, 50};

  @Test
  @DisplayName("MAE, RMSE, bias and WAPE of errors 2, -5, 0, 10")
  void scaleDependent() {
    assertThat(Accuracy.mae(Y, F)).isEqualTo(17.0 / 4);
    assertThat(Accuracy.rmse(Y, F)).isCloseTo(Math.sqrt((4 + 25 + 0 + 100) / 4.0), within(1e-12));
    assertThat(Accuracy.bias(Y, F)).isEqualTo((2 - 5 + 0 + 10) / 4.0);
    assertThat(Accuracy.wape(Y, F)).isCloseTo(100 * 17.0 / 70, within(1e-12));
  }

  @Test
  @DisplayName("MAPE skips zero actuals; sMAPE counts a 0/0 period as no error")
  void percentage() {
    assertThat(Accuracy.mape(Y, F)).isCloseTo(100 * (0.2 + 0.25 + 0.25) / 3, within(1e-12));
    assertThat(Accuracy.smape(Y, F)).isCloseTo(100 * (4.0 / 22 + 10.0 / 35 + 0 + 20.0 / 90) / 4, within(1e-12));
    assertThat(Accuracy.mape(new double[] {0, 0}, new double[] {1, 1})).isNaN();
  }

  @Test
  @DisplayName("MASE scales by the in-sample seasonal naive MAE, and is undefined for a flat history")
  void mase() {
    double[] training = {1, 2, 3, 5, 4, 6};
    // seasonal differences with m = 2: 2, 3, 1, 1 -> mean 7/4
    assertThat(Accuracy.mase(Y, F, training, 2)).isCloseTo((17.0 / 4) / (7.0 / 4), within(1e-12));
    assertThat(Accuracy.mase(Y, F, new double[] {3, 3, 3}, 1)).isNaN();
    assertThatThrownBy(() -> Accuracy.mae(Y, new double[] {1})).isInstanceOf(ValidationException.class)
        .hasMessageContaining("forecast");
  }
}
