package dev.ecomops.core.order;

import dev.ecomops.core.ValidationException;
import java.util.List;

/**
 * A risk score with its reasons.
 *
 * @param score 0 (no risk) to 100
 * @param reasons one per rule that scored, for the reviewer
 */
public record RiskAssessment(int score, List<String> reasons) {
  /** No risk found. */
  public static final RiskAssessment NONE = new RiskAssessment(0, List.of());

  /** @throws ValidationException naming {@code score} if outside 0 to 100 */
  public RiskAssessment {
    if (score < 0 || score > 100) {
      throw ValidationException.of("score", "must be from 0 to 100", score);
    }
    reasons = List.copyOf(reasons);
  }
}
