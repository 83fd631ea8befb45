package dev.ecomops.forecasting.series;

import dev.ecomops.core.ValidationException;
import java.util.Arrays;

/** Flags periods whose demand is far from its neighbours, for review or for cleaning before fitting. */
public final class Outliers {
  private Outliers() {}

  /**
   * Tukey's fences (Tukey 1977, Exploratory Data Analysis): flags values below Q1 − k·IQR or above
   * Q3 + k·IQR, quartiles by linear interpolation between order statistics.
   *
   * @param k the fence multiplier, usually 1.5 (3 for "far out")
   * @return one flag per value
   * @throws ValidationException naming {@code k} if not positive
   */
  public static boolean[] iqr(double[] values, double k) {
    if (!(k > 0)) {
      throw ValidationException.of("k", "must be positive", k);
    }
    boolean[] out = new boolean[values.length];
    if (values.length < 4) {
      return out;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double q1 = quantile(sorted, 0.25);
    double q3 = quantile(sorted, 0.75);
    double low = q1 - k * (q3 - q1);
    double high = q3 + k * (q3 - q1);
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] < low || values[i] > high;
    }
    return out;
  }

  /**
   * The Hampel identifier (Hampel 1974, "The influence curve and its role in robust estimation",
   * JASA 69): flags a value more than {@code t} scaled median absolute deviations (1.4826 · MAD,
   * consistent with the standard deviation for normal data) from the median of the window of
   * {@code halfWindow} values either side. A window whose MAD is 0 flags any value off its median.
   *
   * @param halfWindow values either side, at least 1 (windows are cut at the ends)
   * @param t threshold, usually 3
   * @return one flag per value
   * @throws ValidationException naming the field if {@code halfWindow} is below 1 or {@code t} not positive
   */
  public static boolean[] hampel(double[] values, int halfWindow, double t) {
    if (halfWindow < 1) {
      throw ValidationException.of("halfWindow", "must be at least 1", halfWindow);
    }
    if (!(t > 0)) {
      throw ValidationException.of("t", "must be positive", t);
    }
    boolean[] out = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      int from = Math.max(0, i - halfWindow);
      int to = Math.min(values.length, i + halfWindow + 1);
      double[] w = Arrays.copyOfRange(values, from, to);
      Arrays.sort(w);
      double median = quantile(w, 0.5);
      double[] dev = new double[w.length];
      for (int j = 0; j < w.length; j++) {
        dev[j] = Math.abs(w[j] - median);
      }
      Arrays.sort(dev);
      double scale = 1.4826 * quantile(dev, 0.5);
      out[i] = Math.abs(values[i] - median) > t * scale && values[i] != median;
    }
    return out;
  }

  /** The p-quantile of sorted values, interpolating linearly between order statistics (type 7 of Hyndman and Fan 1996). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
