package dev.ecomops.forecasting.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecomops.core.ValidationException;
import dev.ecomops.forecasting.method.EtsModel.ErrorType;
import dev.ecomops.forecasting.method.EtsModel.SeasonType;
import dev.ecomops.forecasting.method.EtsModel.TrendType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ETS: likelihood, estimation, selection and intervals")
class EtsTest {
  /** Box and Jenkins' airline passengers, 1949–1960, monthly (thousands). */
  static final double[] AIR = {112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149,
      170, 170, 158, 133, 114, 140, 145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, 171, 180, 193, 181, 183,
      218, 230, 242, 209, 191, 172, 194, 196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201, 204, 188, 235, 227,
      234, 264, 302, 293, 259, 229, 203, 229, 242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278, 284, 277, 317,
      313, 318, 374, 413, 405, 355, 306, 271, 306, 315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336, 340, 318,
      362, 348, 363, 435, 491, 505, 404, 359, 310, 337, 360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417,
      391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432};

  /**
   * forecast::ets (R forecast 8.x) on AirPassengers, model "MAM": its estimates (α, β, γ, ℓ₀, b₀,
   * s₀ … s₋₁₀, the last season index implied) and its log-likelihood, which is
   * −½(n log Σε² + 2Σ log|ŷ|), without the Gaussian constants. Produced by
   * {@code fit <- ets(AirPassengers, model = "MAM", damped = FALSE); fit$par; fit$loglik}.
   */
  static final double[] R_MAM = {0.394996850495014207, 0.010700441903343723, 0.399539202400558735,
      122.375426016476268387, 1.107366582083570306, 0.900041119946843660, 0.782669107068064251, 0.901368043868854163,
      1.047617769760808892, 1.153706799061817501, 1.183031401967825635, 1.083995121462522304, 0.978658898783285269,
      1.033161642576339911, 1.080756909901085194, 0.952247884186814941};
  static final double R_MAM_LOGLIK = -682.40361905780605;
  static final double R_ANN_LOGLIK = -863.89337759925127;
  /** {@code ets(AirPassengers)} chose ETS(M,Ad,M) with this AICc. */
  static final double R_AUTO_AICC = 1400.6384324739129;

  static final EtsModel MAM = new EtsModel(ErrorType.MULTIPLICATIVE, TrendType.ADDITIVE, SeasonType.MULTIPLICATIVE);
  static final EtsModel ANN = new EtsModel(ErrorType.ADDITIVE, TrendType.NONE, SeasonType.NONE);
  static final EtsModel MNN = new EtsModel(ErrorType.MULTIPLICATIVE, TrendType.NONE, SeasonType.NONE);

  static double mean(double[] y) {
    double mean = 0;
    for (double v : y) {
      mean += v / y.length;
    }
    return mean;
  }

  /** R's log-likelihood (no constants) as a Gaussian log-likelihood with σ² at its MLE. */
  static double gaussian(double rLogLik, int n) {
    return rLogLik + 0.5 * n * Math.log(n) - 0.5 * n * (1 + Math.log(2 * Math.PI));
  }

  @Test
  @DisplayName("the likelihood worked by hand: ANN and MNN on 2, 4, 6")
  void likelihoodByHand() {
    // data divided by their mean 4: 0.5, 1, 1.5; ℓ₀ = 0.5, α = 0.5: forecasts 0.5, 0.5, 0.75
    double[] p = {0.5, 0.5};
    double additive = new EtsEstimator(ANN, new double[] {2, 4, 6}, 1).objective(p);
    assertThat(additive).isCloseTo(3 * Math.log(0.25 + 0.5625 + 3e-12), within(1e-12));
    // relative errors 0, 1, 1 and 2 Σ log ŷ = 2 log(0.5 · 0.5 · 0.75)
    double multiplicative = new EtsEstimator(MNN, new double[] {2, 4, 6}, 1).objective(p);
    assertThat(multiplicative).isCloseTo(3 * Math.log(2 + 3e-12) + 2 * Math.log(0.5 * 0.5 * 0.75), within(1e-12));
  }

  @Test
  @DisplayName("at forecast::ets's estimates for AirPassengers MAM our likelihood equals R's")
  void likelihoodMatchesR() {
    double scale = mean(AIR);
    double[] p = new double[16];
    p[0] = R_MAM[0];
    p[1] = R_MAM[1];
    p[2] = R_MAM[2];
    p[3] = R_MAM[3] / scale;
    p[4] = R_MAM[4] / scale;
    // R lists s₀ (the latest) back to s₋₁₀; ours run from the oldest, s₋₁₁ = 12 − Σ, to s₋₁
    double last = 12;
    for (int i = 5; i < 16; i++) {
      last -= R_MAM[i];
    }
    p[5] = last;
    for (int j = 1; j <= 10; j++) {
      p[5 + j] = R_MAM[5 + 11 - j];
    }
    double objective = new EtsEstimator(MAM, AIR, 12).objective(p);
    int n = AIR.length;
    double rLik = objective + 2 * n * Math.log(scale);
    assertThat(-0.5 * rLik).isCloseTo(R_MAM_LOGLIK, within(1e-6));
  }

  @Test
  @DisplayName("our estimates reach at least forecast::ets's likelihood for AirPassengers (MAM, ANN), and auto an AICc as low")
  void estimatesAsGoodAsR() {
    int n = AIR.length;
    EtsFit mam = Ets.of(MAM).fit(AIR, 12);
    assertThat(mam.logLikelihood()).isGreaterThanOrEqualTo(gaussian(R_MAM_LOGLIK, n) - 0.5);
    assertThat(mam.alpha()).isBetween(0.2, 0.6);
    EtsFit ann = Ets.of(ANN).fit(AIR, 12);
    assertThat(ann.logLikelihood()).isGreaterThanOrEqualTo(gaussian(R_ANN_LOGLIK, n) - 0.01);
    EtsFit auto = Ets.auto().fit(AIR, 12);
    double rAicc = R_AUTO_AICC - 2 * (gaussian(0, n));
    assertThat(auto.aicc()).isLessThanOrEqualTo(rAicc + 1.0);
    assertThat(auto.model().season()).isEqualTo(SeasonType.MULTIPLICATIVE);
  }

  @Test
  @DisplayName("a straight line is continued, a clean multiplicative season is kept, a constant stays constant")
  void recovers() {
    double[] line = new double[30];
    for (int t = 0; t < line.length; t++) {
      line[t] = 50 + 3 * t;
    }
    Forecast f = Ets.auto().forecast(line, 1, 5);
    for (int h = 1; h <= 5; h++) {
      assertThat(f.mean(h)).isCloseTo(50 + 3 * (29 + h), within(0.5));
    }
    assertThat(f.method()).matches("ets\\(.,(A|Ad),N\\)");

    double[] pattern = {0.7, 1.2, 1.4, 0.7};
    double[] seasonal = new double[40];
    for (int t = 0; t < seasonal.length; t++) {
      seasonal[t] = (200 + 2 * t) * pattern[t % 4];
    }
    Forecast g = Ets.auto().forecast(seasonal, 4, 8);
    for (int h = 1; h <= 8; h++) {
      int t = 39 + h;
      assertThat(g.mean(h)).as("step %d", h).isCloseTo((200 + 2 * t) * pattern[t % 4], within(0.02 * 200));
    }
    assertThat(g.method()).endsWith(",M)");

    Forecast c = Ets.auto().forecast(new double[] {7, 7, 7, 7, 7}, 1, 3);
    assertThat(c.mean()).containsExactly(7, 7, 7);
    assertThat(c.hi95()).containsExactly(7, 7, 7);
  }

  @Test
  @DisplayName("class 1 intervals: σ√(1 + (h−1)α²) for ANN, from the fit's own σ² and α")
  void classOne() {
    EtsFit fit = Ets.of(ANN).fit(AIR, 1);
    Forecast f = fit.forecast(4);
    for (int h = 1; h <= 4; h++) {
      double sd = Math.sqrt(fit.sigma2() * (1 + (h - 1) * fit.alpha() * fit.alpha()));
      assertThat(f.hi95()[h - 1] - f.mean(h)).isCloseTo(1.959964 * sd, within(1e-9));
      assertThat(f.mean(h)).isCloseTo(fit.level(), within(1e-9));
    }
  }

  @Test
  @DisplayName("class 2 and 3 variances worked by hand")
  void classTwoAndThree() {
    // MNN, ℓ = 100, α = 0.5, σ² = 0.01: v₁ = 0.01·100² = 100; θ₂ = 100² + 0.01·0.25·100² = 10025,
    // v₂ = 1.01·10025 − 100² = 125.25
    EtsFit mnn = new EtsFit(MNN, 0.5, 0, 0, 1, 100, 0, new double[] {1}, 0.01, 0, 50, 3);
    Forecast f = mnn.forecast(2);
    assertThat(f.hi95()[0] - 100).isCloseTo(1.959964 * 10, within(1e-9));
    assertThat(f.hi95()[1] - 100).isCloseTo(1.959964 * Math.sqrt(125.25), within(1e-9));
    // MNM, m = 2, ℓ = 100, s = (2, 0.5), α = 0.5, γ = 0.2, σ² = 0.01. Step 3 is a season on (k = 1):
    // θ₃ = 100² + 0.01·0.25·(θ₂ + θ₁) = 10000 + 0.0025·(10025 + 10000) = 10050.0625,
    // v₃ = 2²·(θ₃·1.01·(1 + 0.04·0.01) − 100²)
    EtsModel mnm = new EtsModel(ErrorType.MULTIPLICATIVE, TrendType.NONE, SeasonType.MULTIPLICATIVE);
    EtsFit fit = new EtsFit(mnm, 0.5, 0, 0.2, 1, 100, 0, new double[] {2, 0.5}, 0.01, 0, 50, 5);
    Forecast g = fit.forecast(3);
    assertThat(g.mean()).containsExactly(200, 50, 200);
    double v3 = 4 * (10050.0625 * 1.01 * 1.0004 - 10000);
    assertThat(g.hi95()[2] - 200).isCloseTo(1.959964 * Math.sqrt(v3), within(1e-9));
    assertThat(g.hi95()[0] - 200).isCloseTo(1.959964 * 2 * 10, within(1e-9));
  }

  @Test
  @DisplayName("model codes parse and print as in the book; bad ones and A,*,M are refused naming the field")
  void models() {
    assertThat(EtsModel.parse("MAdM")).isEqualTo(new EtsModel(ErrorType.MULTIPLICATIVE, TrendType.DAMPED,
        SeasonType.MULTIPLICATIVE));
    assertThat(EtsModel.parse("ets(A,N,A)").toString()).isEqualTo("ets(A,N,A)");
    assertThat(EtsModel.parse("A,Ad,N").code()).isEqualTo("A,Ad,N");
    assertThatThrownBy(() -> EtsModel.parse("X,N,N")).isInstanceOf(ValidationException.class).hasMessageContaining("model");
    assertThatThrownBy(() -> EtsModel.parse("A,N,M")).isInstanceOf(ValidationException.class).hasMessageContaining("season");
    // 15 models for positive seasonal data, 6 with zeros, 3 without season and with zeros
    assertThat(EtsModel.candidates(true, true)).hasSize(15);
    assertThat(EtsModel.candidates(false, true)).hasSize(6);
    assertThat(EtsModel.candidates(false, false)).hasSize(3);
  }

  @Test
  @DisplayName("a fixed model refuses data it cannot fit, naming the field")
  void fixedModelChecks() {
    assertThatThrownBy(() -> Ets.of(MNN).fit(new double[] {1, 0, 2, 3, 4, 5}, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("history").hasMessageContaining("positive");
    assertThatThrownBy(() -> Ets.of(MAM).fit(AIR, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("seasonLength");
    assertThatThrownBy(() -> Ets.of(MAM).fit(new double[] {1, 2, 3, 4, 5, 6, 7}, 4))
        .isInstanceOf(ValidationException.class).hasMessageContaining("history: must cover two seasons (8 values)");
    // α, β, γ, ℓ₀, b₀ and three free season states: at least 10 values
    assertThatThrownBy(() -> Ets.of(MAM).fit(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 4))
        .isInstanceOf(ValidationException.class).hasMessageContaining("history: must have at least 10 values");
    assertThat(Ets.of(MAM).fit(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 4).model()).isEqualTo(MAM);
  }
}
