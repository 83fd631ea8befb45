package dev.ecomops.testkit.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.Money;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.spi.RefundGateway;
import dev.ecomops.testkit.Concurrently;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RefundGateway}: extend with a factory of gateways (pointed at a sandbox)
 * and a way to read back the total actually paid. Each test traces to the SPI's javadoc:
 * idempotent by key (a retry returns the first reference and pays nothing), distinct refunds get
 * distinct references, and racing retries of one refund pay once.
 */
public abstract class RefundGatewayContract {

  /** A new gateway. */
  protected abstract RefundGateway newGateway();

  /** The total the gateway made last has actually paid out, money and store credit together. */
  protected abstract Money paidTotal();

  static final Money TEN = Money.of("10.00", "USD");

  @Test
  @DisplayName("a retry with the same key returns the first reference and pays nothing more")
  void idempotent() {
    RefundGateway g = newGateway();
    String first = g.pay("refund-1", OrderId.of("1001"), TEN, false);
    assertThat(g.pay("refund-1", OrderId.of("1001"), TEN, false)).isEqualTo(first);
    assertThat(paidTotal()).isEqualTo(TEN);
  }

  @Test
  @DisplayName("distinct refunds get distinct references and are all paid")
  void distinct() {
    RefundGateway g = newGateway();
    String a = g.pay("refund-a", OrderId.of("1001"), TEN, false);
    String b = g.pay("refund-b", OrderId.of("1001"), TEN, true);
    assertThat(a).isNotEqualTo(b).isNotBlank();
    assertThat(paidTotal()).isEqualTo(Money.of("20.00", "USD"));
  }

  @Test
  @DisplayName("8 threads retrying one refund at once pay it once and all see one reference; distinct keys across threads all pay")
  void concurrent() throws Exception {
    RefundGateway g = newGateway();
    List<String> refs = Concurrently.run(8, t -> g.pay("refund-x", OrderId.of("1002"), TEN, false));
    assertThat(new HashSet<>(refs)).hasSize(1);
    assertThat(paidTotal()).isEqualTo(TEN);
    List<String> many = Concurrently.run(8, t -> g.pay("refund-" + t, OrderId.of("1003"), TEN, false));
    assertThat(new HashSet<>(many)).hasSize(8);
    assertThat(paidTotal()).isEqualTo(Money.of("90.00", "USD"));
  }
}
