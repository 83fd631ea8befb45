package dev.ecomops.forecasting.replenishment;

import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ABC-XYZ segmentation: ABC by share of value ({@link AbcClassifier}, default 80/15/5), XYZ by
 * the variability of demand per period, its coefficient of variation (standard deviation over
 * mean): X at most {@code xMax} (steady, default 0.5), Y at most {@code yMax} (variable, default
 * 1.0), Z above (erratic, or without demand). The nine segments guide policy: AX items suit tight
 * automatic replenishment, CZ items make-to-order or review (Scholz-Reiter, Heger, Meinecke and
 * Bergmann 2012, "Integration of demand forecasts in ABC-XYZ analysis: practical investigation at
 * an industrial company", International Journal of Productivity and Performance Management 61(4)).
 */
public final class AbcXyz {
  /** Demand variability class. */
  public enum Xyz {
    /** Steady demand. */
    X,
    /** Variable demand. */
    Y,
    /** Erratic or no demand. */
    Z
  }

  /**
   * A SKU's segment.
   *
   * @param abc its value class
   * @param xyz its variability class
   * @param cv the coefficient of variation of its demand per period (infinite without demand)
   */
  public record Segment(AbcClass abc, Xyz xyz, double cv) {
    /** The segment's two letters, e.g. {@code AX}. */
    public String code() {
      return abc.name() + xyz.name();
    }
  }

  private final AbcClassifier abc;
  private final double xMax;
  private final double yMax;

  private AbcXyz(AbcClassifier abc, double xMax, double yMax) {
    this.abc = abc;
    this.xMax = xMax;
    this.yMax = yMax;
  }

  /** 80/15/5 and CV limits 0.5 and 1.0. */
  public static AbcXyz ofDefaults() {
    return new AbcXyz(AbcClassifier.ofDefaults(), 0.5, 1.0);
  }

  /**
   * Given ABC shares and CV limits.
   *
   * @throws ValidationException naming {@code xMax} or {@code yMax} unless 0 &lt; xMax &lt; yMax
   */
  public static AbcXyz of(AbcClassifier abc, double xMax, double yMax) {
    if (!(xMax > 0 && yMax > xMax)) {
      throw ValidationException.of("yMax", "must be above xMax, which must be positive", yMax);
    }
    return new AbcXyz(abc, xMax, yMax);
  }

  /**
   * Segments SKUs.
   *
   * @param value per SKU, the ABC basis (annual units times unit cost, for example), none negative
   * @param demand per SKU, its demand per period; a SKU without a series is Z
   * @return every SKU of {@code value} with its segment, highest value first
   * @throws ValidationException if a value is negative
   */
  public Map<Sku, Segment> classify(Map<Sku, BigDecimal> value, Map<Sku, double[]> demand) {
    Map<Sku, Segment> out = new LinkedHashMap<>();
    abc.classify(value).forEach((sku, c) -> {
      double cv = cv(demand.getOrDefault(sku, new double[0]));
      Xyz x = cv <= xMax ? Xyz.X : cv <= yMax ? Xyz.Y : Xyz.Z;
      out.put(sku, new Segment(c, x, cv));
    });
    return out;
  }

  /** Population standard deviation over mean; infinite for no demand. */
  static double cv(double[] y) {
    if (y.length == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double mean = 0;
    for (double v : y) {
      mean += v / y.length;
    }
    if (mean <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double ss = 0;
    for (double v : y) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / y.length) / mean;
  }
}
