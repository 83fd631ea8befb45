package dev.ecomops.forecasting.method;

import java.util.Objects;

/**
 * Forecasts for steps 1 to h after the last observed period, with 95% prediction intervals.
 *
 * @param method the method that produced it, e.g. {@code ses} or {@code croston}
 * @param mean point forecasts, one per step
 * @param lo95 lower 95% bounds
 * @param hi95 upper 95% bounds
 */
public record Forecast(String method, double[] mean, double[] lo95, double[] hi95) {

  /** Copies the arrays; @throws IllegalArgumentException if their lengths differ */
  public Forecast {
    Objects.requireNonNull(method, "method");
    mean = mean.clone();
    lo95 = lo95.clone();
    hi95 = hi95.clone();
    if (mean.length != lo95.length || mean.length != hi95.length) {
      throw new IllegalArgumentException("mean, lo95 and hi95 must have one value per step");
    }
  }

  /** Number of steps. */
  public int horizon() {
    return mean.length;
  }

  /** The point forecast of step {@code h} (from 1). */
  public double mean(int h) {
    return mean[h - 1];
  }

  /** Point forecasts (a copy). */
  @Override
  public double[] mean() {
    return mean.clone();
  }

  /** Lower bounds (a copy). */
  @Override
  public double[] lo95() {
    return lo95.clone();
  }

  /** Upper bounds (a copy). */
  @Override
  public double[] hi95() {
    return hi95.clone();
  }

  /**
   * A forecast with symmetric normal intervals: mean ± 1.96 · sd, the lower bound floored at
   * {@code floor} (0 for demand, which is never negative).
   */
  static Forecast normal(String method, double[] mean, double[] sd, double floor) {
    double[] lo = new double[mean.length];
    double[] hi = new double[mean.length];
    for (int i = 0; i < mean.length; i++) {
      lo[i] = Math.max(floor, mean[i] - 1.959964 * sd[i]);
      hi[i] = mean[i] + 1.959964 * sd[i];
    }
    return new Forecast(method, mean, lo, hi);
  }
}
