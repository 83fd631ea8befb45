package dev.ecomops.testkit.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.ecomops.core.Sku;
import dev.ecomops.core.order.RiskAssessment;
import dev.ecomops.core.order.RiskContext;
import dev.ecomops.core.order.service.RuleBasedRiskAssessor;
import dev.ecomops.core.order.spi.OrderRiskAssessor;
import dev.ecomops.testkit.gen.DomainGens;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RuleBasedRiskAssessor meets the OrderRiskAssessor contract")
class RuleBasedRiskAssessorContractTest extends OrderRiskAssessorContract {
  @Override
  protected OrderRiskAssessor newAssessor() {
    return RuleBasedRiskAssessor.withDefaults(Set.of(Sku.of("SKU-1"), Sku.of("SKU-2")));
  }

  @Test
  @DisplayName("property: an order of nothing but high-risk SKUs scores 20 more than the same order without the list, and says why")
  void highRiskSkus() {
    qt().withExamples(100).forAll(DomainGens.orders()).checkAssert(order -> {
      Set<Sku> all = order.lines().stream().map(l -> l.line().sku()).collect(Collectors.toSet());
      RiskAssessment risky = RuleBasedRiskAssessor.withDefaults(all).assess(order, RiskContext.empty());
      RiskAssessment plain = RuleBasedRiskAssessor.withDefaults(Set.of()).assess(order, RiskContext.empty());
      assertThat(risky.score()).isEqualTo(Math.min(100, plain.score() + 20));
      assertThat(risky.reasons()).anyMatch(r -> r.contains("high-risk SKUs"));
      assertThat(plain.reasons()).noneMatch(r -> r.contains("high-risk SKUs"));
    });
  }
}
