package dev.ecomops.forecasting.series;

/**
 * The demand patterns of Syntetos, Boylan and Croston (2005), "On the categorization of demand
 * patterns", Journal of the Operational Research Society 56(5), by the average inter-demand
 * interval (ADI, cut-off 1.32) and the squared coefficient of variation of demand sizes (CV²,
 * cut-off 0.49).
 */
public enum DemandClass {
  /** ADI &lt; 1.32, CV² &lt; 0.49: regular demand of steady size. */
  SMOOTH,
  /** ADI &lt; 1.32, CV² ≥ 0.49: regular demand of varying size. */
  ERRATIC,
  /** ADI ≥ 1.32, CV² &lt; 0.49: sporadic demand of steady size. */
  INTERMITTENT,
  /** ADI ≥ 1.32, CV² ≥ 0.49: sporadic demand of varying size. */
  LUMPY,
  /** No demand at all. */
  NONE;

  /** ADI cut-off. */
  public static final double ADI_CUTOFF = 1.32;
  /** CV² cut-off. */
  public static final double CV2_CUTOFF = 0.49;

  /**
   * Classifies demand: ADI is the number of periods divided by the number with demand; CV² is the
   * population variance of the non-zero demands over their squared mean.
   */
  public static DemandClass of(double[] values) {
    int nonZero = 0;
    double sum = 0;
    for (double v : values) {
      if (v > 0) {
        nonZero++;
        sum += v;
      }
    }
    if (nonZero == 0) {
      return NONE;
    }
    double adi = (double) values.length / nonZero;
    double mean = sum / nonZero;
    double ss = 0;
    for (double v : values) {
      if (v > 0) {
        ss += (v - mean) * (v - mean);
      }
    }
    double cv2 = (ss / nonZero) / (mean * mean);
    if (adi < ADI_CUTOFF) {
      return cv2 < CV2_CUTOFF ? SMOOTH : ERRATIC;
    }
    return cv2 < CV2_CUTOFF ? INTERMITTENT : LUMPY;
  }
}
