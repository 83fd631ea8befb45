package dev.ecomops.testkit.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.shipping.lastmile.JspritOptimizer;
import dev.ecomops.shipping.lastmile.RouteOptimizer;
import dev.ecomops.shipping.lastmile.VrpProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JspritOptimizer meets the RouteOptimizer contract")
class JspritOptimizerContractTest extends RouteOptimizerContract {
  @Override
  protected RouteOptimizer newOptimizer() {
    return new JspritOptimizer(300, 7);
  }

  @Test
  @DisplayName("the same seed gives the same routes, and with room for everyone nobody is left unassigned")
  void seeded() {
    VrpProblem p = problem(3, 20, 8, 100);
    var first = new JspritOptimizer(300, 7).solve(p);
    assertThat(new JspritOptimizer(300, 7).solve(p)).isEqualTo(first);
    assertThat(first.unassigned()).isEmpty();
  }
}
