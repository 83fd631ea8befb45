package dev.ecomops.testkit.returns;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Money;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.memory.InMemoryRefundGateway;
import dev.ecomops.returns.spi.RefundGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryRefundGateway meets the RefundGateway contract")
class InMemoryRefundGatewayContractTest extends RefundGatewayContract {
  InMemoryRefundGateway gateway;

  @Override
  protected RefundGateway newGateway() {
    gateway = new InMemoryRefundGateway();
    return gateway;
  }

  @Override
  protected Money paidTotal() {
    return gateway.payments().stream().map(InMemoryRefundGateway.Payment::amount).reduce(Money.of("0", "USD"),
        Money::plus);
  }

  @Test
  @DisplayName("a negative amount is refused naming amount")
  void negative() {
    assertThatThrownBy(() -> newGateway().pay("k", OrderId.of("1"), Money.of("-1.00", "USD"), false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("amount");
  }
}
