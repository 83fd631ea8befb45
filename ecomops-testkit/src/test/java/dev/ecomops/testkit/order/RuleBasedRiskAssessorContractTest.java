package dev.ecomops.testkit.order;

import dev.ecomops.core.Sku;
import dev.ecomops.core.order.RuleBasedRiskAssessor;
import dev.ecomops.core.order.spi.OrderRiskAssessor;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

@DisplayName("RuleBasedRiskAssessor meets the OrderRiskAssessor contract")
class RuleBasedRiskAssessorContractTest extends OrderRiskAssessorContract {
  @Override
  protected OrderRiskAssessor newAssessor() {
    return RuleBasedRiskAssessor.withDefaults(Set.of(Sku.of("SKU-1"), Sku.of("SKU-2")));
  }
}
