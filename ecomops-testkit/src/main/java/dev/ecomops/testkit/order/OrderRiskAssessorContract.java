package dev.ecomops.testkit.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.RiskAssessment;
import dev.ecomops.core.order.RiskContext;
import dev.ecomops.core.order.spi.OrderRiskAssessor;
import dev.ecomops.testkit.Concurrently;
import dev.ecomops.testkit.gen.DomainGens;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OrderRiskAssessor}: extend with a factory of assessors. Each test traces
 * to the SPI's javadoc: every generated order gets an assessment (a score 0 to 100, every reason
 * worded), the same order and context get the same assessment, and assessing is thread safe.
 */
public abstract class OrderRiskAssessorContract {

  /** A new assessor. */
  protected abstract OrderRiskAssessor newAssessor();

  @Test
  @DisplayName("property: any valid order, alone or with history, gets a score 0 to 100 with worded reasons, the same every time")
  void assesses() {
    OrderRiskAssessor a = newAssessor();
    qt().withExamples(200).forAll(DomainGens.orders(), DomainGens.orders()).checkAssert((order, earlier) -> {
      for (RiskContext context : List.of(RiskContext.empty(), RiskContext.ofHistory(List.of(earlier)))) {
        RiskAssessment r = a.assess(order, context);
        assertThat(r.score()).isBetween(0, 100);
        assertThat(r.reasons()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(a.assess(order, context)).isEqualTo(r);
      }
    });
  }

  @Test
  @DisplayName("8 threads assessing one order at once agree")
  void concurrent() {
    OrderRiskAssessor a = newAssessor();
    qt().withExamples(5).forAll(DomainGens.orders()).checkAssert(order -> {
      try {
        List<RiskAssessment> all = Concurrently.run(8, t -> a.assess(order, RiskContext.empty()));
        assertThat(new HashSet<>(all)).hasSize(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
  }
}
