package dev.ecomops.forecasting.internal;

import java.util.function.ToDoubleFunction;

/**
 * The downhill simplex method of Nelder and Mead (1965), "A simplex method for function
 * minimization", The Computer Journal 7(4), with the standard coefficients (reflection 1,
 * expansion 2, contraction 0.5, shrink 0.5). Bounds are kept by clamping every trial point into
 * the box, which suits the smoothing parameters' simple ranges.
 */
public final class NelderMead {
  private NelderMead() {}

  /**
   * Minimizes {@code f} within {@code [lower, upper]} from {@code start}.
   *
   * @param maxEvaluations a budget of function evaluations
   * @return the best point found
   */
  public static double[] minimize(ToDoubleFunction<double[]> f, double[] start, double[] lower, double[] upper,
      int maxEvaluations) {
    double[] steps = new double[start.length];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = 0.1 * (upper[i] - lower[i]);
    }
    return minimize(f, start, steps, lower, upper, maxEvaluations, 0);
  }

  /**
   * Minimizes {@code f} within {@code [lower, upper]} (bounds may be infinite) from {@code start},
   * with the initial simplex stepping {@code steps[i]} along each axis, stopping when the simplex's
   * best and worst values differ by at most {@code tolerance} (absolute) or by 1e-10 relative.
   *
   * @param maxEvaluations a budget of function evaluations
   * @return the best point found
   */
  public static double[] minimize(ToDoubleFunction<double[]> f, double[] start, double[] steps, double[] lower,
      double[] upper, int maxEvaluations, double tolerance) {
    int n = start.length;
    double[][] p = new double[n + 1][];
    double[] v = new double[n + 1];
    p[0] = clamp(start.clone(), lower, upper);
    for (int i = 0; i < n; i++) {
      double[] x = p[0].clone();
      x[i] = x[i] + steps[i] <= upper[i] ? x[i] + steps[i] : x[i] - steps[i];
      p[i + 1] = clamp(x, lower, upper);
    }
    for (int i = 0; i <= n; i++) {
      v[i] = f.applyAsDouble(p[i]);
    }
    int evals = n + 1;
    double[] centroid = new double[n];
    while (evals < maxEvaluations) {
      // order: best first
      for (int i = 1; i <= n; i++) {
        for (int j = i; j > 0 && v[j] < v[j - 1]; j--) {
          double t = v[j];
          v[j] = v[j - 1];
          v[j - 1] = t;
          double[] q = p[j];
          p[j] = p[j - 1];
          p[j - 1] = q;
        }
      }
      if (v[n] - v[0] <= Math.max(tolerance, 1e-10 * (Math.abs(v[0]) + 1e-12))) {
        break;
      }
      java.util.Arrays.fill(centroid, 0);
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          centroid[k] += p[i][k] / n;
        }
      }
      double[] r = point(centroid, p[n], -1, lower, upper);
      double fr = f.applyAsDouble(r);
      evals++;
      if (fr < v[0]) {
        double[] e = point(centroid, p[n], -2, lower, upper);
        double fe = f.applyAsDouble(e);
        evals++;
        if (fe < fr) {
          p[n] = e;
          v[n] = fe;
        } else {
          p[n] = r;
          v[n] = fr;
        }
      } else if (fr < v[n - 1]) {
        p[n] = r;
        v[n] = fr;
      } else {
        double[] c = point(centroid, p[n], fr < v[n] ? -0.5 : 0.5, lower, upper);
        double fc = f.applyAsDouble(c);
        evals++;
        if (fc < Math.min(fr, v[n])) {
          p[n] = c;
          v[n] = fc;
        } else {
          for (int i = 1; i <= n; i++) {
            for (int k = 0; k < n; k++) {
              p[i][k] = p[0][k] + 0.5 * (p[i][k] - p[0][k]);
            }
            v[i] = f.applyAsDouble(p[i]);
          }
          evals += n;
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= n; i++) {
      if (v[i] < v[best]) {
        best = i;
      }
    }
    return p[best];
  }

  /** centroid + t (worst − centroid), clamped. */
  private static double[] point(double[] centroid, double[] worst, double t, double[] lower, double[] upper) {
    double[] x = new double[centroid.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = centroid[k] + t * (worst[k] - centroid[k]);
    }
    return clamp(x, lower, upper);
  }

  private static double[] clamp(double[] x, double[] lower, double[] upper) {
    for (int k = 0; k < x.length; k++) {
      x[k] = Math.max(lower[k], Math.min(upper[k], x[k]));
    }
    return x;
  }
}
