package dev.ecomops.core.stat;

/**
 * The standard normal distribution's functions, shared by inventory policy (safety stock) and
 * KPI comparison (significance tests).
 */
public final class Normal {
  private Normal() {}

  /** The density φ(z). */
  public static double pdf(double z) {
    return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  }

  /**
   * The distribution function Φ(z), through the complementary error function approximation of
   * Press, Teukolsky, Vetterling and Flannery (Numerical Recipes, 2nd ed., 1992, section 6.2,
   * erfcc: fractional error below 1.2 × 10⁻⁷ everywhere).
   */
  public static double cdf(double z) {
    double x = -z / Math.sqrt(2);
    double t = 1 / (1 + 0.5 * Math.abs(x));
    double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223
        + t * 0.17087277)))))))));
    double e = x >= 0 ? erfc : 2 - erfc;
    return 0.5 * e;
  }

  /**
   * The quantile Φ⁻¹(p) by Acklam's rational approximation (P. J. Acklam 2003, relative error
   * below 1.15 × 10⁻⁹).
   *
   * @throws IllegalArgumentException unless {@code 0 < p < 1}
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p was " + p + " but must be in (0, 1)");
    }
    double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
        -3.066479806614716e+01, 2.506628277459239e+00};
    double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
        -1.328068155288572e+01};
    double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
        4.374664141464968e+00, 2.938163982698783e+00};
    double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    double low = 0.02425;
    double x;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
      double q = p - 0.5;
      double r = q * q;
      x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
          / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    return x;
  }

  /** The standard normal loss function G(z) = φ(z) − z(1 − Φ(z)): expected units short per unit σ. */
  public static double loss(double z) {
    return pdf(z) - z * (1 - cdf(z));
  }
}
