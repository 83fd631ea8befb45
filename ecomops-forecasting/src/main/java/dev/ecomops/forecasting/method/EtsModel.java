package dev.ecomops.forecasting.method;

import dev.ecomops.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One member of the exponential smoothing state-space family ETS(error, trend, season) of
 * Hyndman, Koehler, Snyder and Grose (2002), "A state space framework for automatic forecasting
 * using exponential smoothing methods", IJF 18(3), in the taxonomy of Hyndman, Koehler, Ord and
 * Snyder (2008), Forecasting with Exponential Smoothing, table 2.1. Written as in that book:
 * {@code ets(M,Ad,M)} is multiplicative error, damped additive trend, multiplicative season.
 *
 * <p>The models with additive error and multiplicative season are not offered: their forecast
 * variance can be infinite and their likelihood is numerically unstable, which is why
 * {@code forecast::ets} leaves them out by default too (Hyndman et al. 2008, section 15.1).
 * Multiplicative trends are not offered either (they are off by default in {@code forecast::ets};
 * damped additive trend forecasts better on M3).
 *
 * @param error how the error enters
 * @param trend the trend's form
 * @param season the season's form
 */
public record EtsModel(ErrorType error, TrendType trend, SeasonType season) {

  /** How the one-step error enters the observation: added, or as a proportion of the forecast. */
  public enum ErrorType {
    /** y = ŷ + ε. */
    ADDITIVE("A"),
    /** y = ŷ(1 + ε); needs positive data. */
    MULTIPLICATIVE("M");

    private final String code;

    ErrorType(String code) {
      this.code = code;
    }

    /** A or M. */
    public String code() {
      return code;
    }
  }

  /** The trend component. */
  public enum TrendType {
    /** No trend. */
    NONE("N"),
    /** Additive (linear) trend. */
    ADDITIVE("A"),
    /** Additive trend damped by φ (Gardner and McKenzie 1985). */
    DAMPED("Ad");

    private final String code;

    TrendType(String code) {
      this.code = code;
    }

    /** N, A or Ad. */
    public String code() {
      return code;
    }
  }

  /** The seasonal component. */
  public enum SeasonType {
    /** No season. */
    NONE("N"),
    /** Seasonal terms added to the level. */
    ADDITIVE("A"),
    /** Seasonal indices multiplying the level; needs positive data. */
    MULTIPLICATIVE("M");

    private final String code;

    SeasonType(String code) {
      this.code = code;
    }

    /** N, A or M. */
    public String code() {
      return code;
    }
  }

  /**
   * @throws ValidationException naming {@code season} for an additive error with a multiplicative season
   */
  public EtsModel {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(season, "season");
    if (error == ErrorType.ADDITIVE && season == SeasonType.MULTIPLICATIVE) {
      throw ValidationException.of("season", "must not be multiplicative with an additive error (infinite forecast variance)",
          "A," + trend.code() + ",M");
    }
  }

  /**
   * Reads a model written as in the literature, with or without commas and the {@code ets( )}
   * wrapper: {@code MAdM}, {@code M,Ad,M}, {@code ets(A,N,N)}.
   *
   * @throws ValidationException naming {@code model} when the text is not a model
   */
  public static EtsModel parse(String text) {
    String s = text.trim().replace(",", "");
    if (s.startsWith("ets(") && s.endsWith(")")) {
      s = s.substring(4, s.length() - 1);
    }
    ErrorType e = null;
    TrendType t = null;
    SeasonType z = null;
    if (s.length() >= 3) {
      e = switch (s.charAt(0)) {
        case 'A' -> ErrorType.ADDITIVE;
        case 'M' -> ErrorType.MULTIPLICATIVE;
        default -> null;
      };
      String trend = s.substring(1, s.length() - 1);
      t = switch (trend) {
        case "N" -> TrendType.NONE;
        case "A" -> TrendType.ADDITIVE;
        case "Ad" -> TrendType.DAMPED;
        default -> null;
      };
      z = switch (s.charAt(s.length() - 1)) {
        case 'N' -> SeasonType.NONE;
        case 'A' -> SeasonType.ADDITIVE;
        case 'M' -> SeasonType.MULTIPLICATIVE;
        default -> null;
      };
    }
    if (e == null || t == null || z == null) {
      throw ValidationException.of("model", "must be error (A|M), trend (N|A|Ad) and season (N|A|M), e.g. M,Ad,M", text);
    }
    return new EtsModel(e, t, z);
  }

  /**
   * The models {@link Ets#auto()} chooses from for a series: additive-error models always;
   * multiplicative-error ones only for positive data; seasonal ones only when the season length
   * is 2 to 24 (as {@code forecast::ets}) and the series covers two seasons.
   */
  static List<EtsModel> candidates(boolean positive, boolean seasonal) {
    List<EtsModel> all = new ArrayList<>();
    for (ErrorType e : ErrorType.values()) {
      if (e == ErrorType.MULTIPLICATIVE && !positive) {
        continue;
      }
      for (TrendType t : TrendType.values()) {
        for (SeasonType z : SeasonType.values()) {
          boolean allowed = z == SeasonType.NONE || seasonal && (z == SeasonType.ADDITIVE || e == ErrorType.MULTIPLICATIVE);
          if (allowed && (z != SeasonType.MULTIPLICATIVE || positive)) {
            all.add(new EtsModel(e, t, z));
          }
        }
      }
    }
    return all;
  }

  /** The model in the book's notation without the wrapper, e.g. {@code M,Ad,M}. */
  public String code() {
    return error.code() + "," + trend.code() + "," + season.code();
  }

  /** The model as forecasts name it, e.g. {@code ets(M,Ad,M)}. */
  @Override
  public String toString() {
    return "ets(" + code() + ")";
  }
}
