package dev.ecomops.forecasting.method;

import dev.ecomops.core.ValidationException;
import java.util.List;

/**
 * A weighted average of several methods' forecasts (equal weights unless given): combining is among the most reliable
 * ways to improve accuracy (Clemen 1989, "Combining forecasts: a review and annotated
 * bibliography", IJF 5(4); the M3 entry COMB S-H-D averaged SES, Holt and damped trend). The
 * interval bounds are averaged too, a conservative choice when the members' errors are positively
 * correlated, as they usually are.
 */
public final class Combination implements ForecastMethod {
  private final List<ForecastMethod> members;
  private final double[] weights;
  private final String name;
  /** Whether forecasts are named by the members' actual methods rather than by {@link #name}. */
  private final boolean nameByMembers;

  /**
   * Equal weights, named by the members joined with {@code +} (e.g. {@code ets+theta}); each
   * forecast is named by the methods the members actually used (e.g. {@code ets(M,Ad,M)+theta}).
   *
   * @param members at least two methods
   * @throws ValidationException naming {@code members} with fewer than two
   */
  public static Combination of(List<ForecastMethod> members) {
    StringBuilder name = new StringBuilder();
    for (ForecastMethod m : members) {
      name.append(name.length() == 0 ? "" : "+").append(m.name());
    }
    return new Combination(name.toString(), members, equal(members.size()), true);
  }

  /**
   * Equal weights.
   *
   * @param name the combination's name in forecasts
   * @param members at least two methods
   * @throws ValidationException naming {@code members} with fewer than two
   */
  public Combination(String name, List<ForecastMethod> members) {
    this(name, members, equal(members.size()));
  }

  /**
   * Given weights, normalized to sum to 1.
   *
   * @param weights one positive weight per member
   * @throws ValidationException naming the field with fewer than two members, or weights that do not match or are not positive
   */
  public Combination(String name, List<ForecastMethod> members, double[] weights) {
    this(name, members, weights, false);
  }

  private Combination(String name, List<ForecastMethod> members, double[] weights, boolean nameByMembers) {
    if (members.size() < 2) {
      throw ValidationException.of("members", "must be at least two methods", members.size());
    }
    if (weights.length != members.size()) {
      throw ValidationException.of("weights", "must have one weight per member", weights.length);
    }
    double sum = 0;
    for (double w : weights) {
      if (!(w > 0) || Double.isInfinite(w)) {
        throw ValidationException.of("weights", "must be positive and finite", w);
      }
      sum += w;
    }
    this.name = name;
    this.nameByMembers = nameByMembers;
    this.members = List.copyOf(members);
    this.weights = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      this.weights[i] = weights[i] / sum;
    }
  }

  private static double[] equal(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    return w;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Forecast forecast(double[] y, int m, int horizon) {
    ForecastMethod.check(y, m, horizon);
    double[] mean = new double[horizon];
    double[] lo = new double[horizon];
    double[] hi = new double[horizon];
    StringBuilder used = new StringBuilder();
    for (int i = 0; i < members.size(); i++) {
      Forecast f = members.get(i).forecast(y, m, horizon);
      used.append(i == 0 ? "" : "+").append(f.method());
      double[] fm = f.mean();
      double[] fl = f.lo95();
      double[] fh = f.hi95();
      for (int h = 0; h < horizon; h++) {
        mean[h] += weights[i] * fm[h];
        lo[h] += weights[i] * fl[h];
        hi[h] += weights[i] * fh[h];
      }
    }
    return new Forecast(nameByMembers ? used.toString() : name, mean, lo, hi);
  }
}
