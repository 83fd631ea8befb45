package dev.ecomops.kpi;

import java.util.NavigableMap;
import java.util.TreeMap;
import org.HdrHistogram.HistogramIterationValue;
import org.HdrHistogram.IntCountsHistogram;
import org.jspecify.annotations.Nullable;

/**
 * Durations in whole seconds: an exact count and sum (so means merge exactly) and an HdrHistogram
 * (Tene, HdrHistogram, 2.2) for percentiles to two significant digits (values are exact to 1%), so
 * a window's percentiles never need its values kept. Merging adds the counts bucket by bucket,
 * which is exact: percentiles of merged parts equal those of the union. Not thread safe.
 */
public final class Durations {
  private long count;
  private long sumSeconds;
  private @Nullable IntCountsHistogram histogram;

  /** Records one duration, negative ones as 0. */
  void record(long seconds) {
    long s = Math.max(0, seconds);
    count++;
    sumSeconds += s;
    if (histogram == null) {
      histogram = new IntCountsHistogram(2);
    }
    histogram.recordValue(s);
  }

  void merge(Durations other) {
    count += other.count;
    sumSeconds += other.sumSeconds;
    if (other.histogram != null) {
      if (histogram == null) {
        histogram = new IntCountsHistogram(2);
      }
      histogram.add(other.histogram);
    }
  }

  /** How many were recorded. */
  public long count() {
    return count;
  }

  /** Their sum in seconds. */
  public long sumSeconds() {
    return sumSeconds;
  }

  /** The mean in hours; NaN when none. */
  public double meanHours() {
    return count == 0 ? Double.NaN : sumSeconds / 3600.0 / count;
  }

  /**
   * A percentile in hours (to two significant digits); NaN when none.
   *
   * @param percentile in (0, 100]
   */
  public double percentileHours(double percentile) {
    return histogram == null || count == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 3600.0;
  }

  /** The standard deviation in hours from the histogram (to its precision); NaN for fewer than two. */
  public double sdHours() {
    return histogram == null || count < 2 ? Double.NaN : histogram.getStdDeviation() / 3600.0;
  }

  /**
   * The distribution as counts per histogram bucket: each bucket's lowest value in seconds → how
   * many durations fell in it (ascending). Two {@code Durations} share bucket boundaries, so their
   * counts compare bucket by bucket (as the rank test does).
   */
  public NavigableMap<Long, Long> counts() {
    NavigableMap<Long, Long> out = new TreeMap<>();
    if (histogram != null) {
      for (HistogramIterationValue v : histogram.recordedValues()) {
        out.merge(histogram.lowestEquivalentValue(v.getValueIteratedTo()), v.getCountAddedInThisIterationStep(),
            Long::sum);
      }
    }
    return out;
  }
}
