package dev.ecomops.forecasting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.ValidationException;
import dev.ecomops.forecasting.method.Naive;
import dev.ecomops.forecasting.selection.Auto;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rolling-origin backtest and auto")
class BacktestTest {

  @Test
  @DisplayName("naive on 1..6, two origins of 2 steps: errors 1,2 from origin 3 and 1,2 from origin 4")
  void naive_twoOrigins() {
    Backtest b = Backtest.run(new Naive(), new double[] {1, 2, 3, 4, 5, 6}, 1, 2, 2);
    assertThat(b.origins()).isEqualTo(2);
    assertThat(b.mae()).isCloseTo(1.5, within(1e-12));
    assertThat(b.bias()).isCloseTo(-1.5, within(1e-12));
    // the in-sample naive MAE is 1, so MASE equals MAE
    assertThat(b.mase()).isCloseTo(1.5, within(1e-12));
    assertThatThrownBy(() -> Backtest.run(new Naive(), new double[] {1, 2, 3}, 1, 2, 2))
        .isInstanceOf(ValidationException.class).hasMessageContaining("origins");
  }

  @Test
  @DisplayName("auto picks SBA for intermittent demand, TSB once demand has stopped, ETS with Theta for smooth demand")
  void auto_byClass() {
    assertThat(Auto.byClass().forecast(new double[] {0, 0, 3, 0, 0, 4, 0, 0, 3, 0}, 1, 3).method()).isEqualTo("sba");
    assertThat(Auto.byClass().forecast(new double[] {0, 3, 0, 4, 0, 0, 0, 0, 0, 0}, 1, 3).method()).isEqualTo("tsb");
    assertThat(Auto.byClass().forecast(new double[] {10, 11, 12, 12, 13, 14, 15, 15}, 1, 3).method())
        .matches("ets\\([AM],(N|A|Ad),N\\)\\+theta");
    assertThat(Auto.byBacktest().forecast(new double[] {10, 11, 12, 12, 13, 14, 15, 15, 16, 17, 18}, 1, 2).method())
        .matches("ets\\(.*\\)(\\+theta)?|theta|damped-sa|ses-sa|snaive");
  }
}
