package dev.ecomops.testkit.shipping;

import dev.ecomops.shipping.lastmile.JspritOptimizer;
import dev.ecomops.shipping.spi.RouteOptimizer;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JspritOptimizer meets the RouteOptimizer contract")
class JspritOptimizerContractTest extends RouteOptimizerContract {
  @Override
  protected RouteOptimizer newOptimizer() {
    return new JspritOptimizer(300, 7);
  }
}
