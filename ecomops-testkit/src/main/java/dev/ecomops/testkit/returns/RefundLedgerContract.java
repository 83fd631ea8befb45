package dev.ecomops.testkit.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.Money;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.returns.spi.RefundRecord;
import dev.ecomops.testkit.Concurrently;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RefundLedger}: extend with a factory of empty ledgers. Each test traces
 * to the SPI's javadoc: conditional saves, whole reads, unknown is empty, records by order, and
 * thread safety with real threads.
 */
public abstract class RefundLedgerContract {

  /** A new, empty ledger. */
  protected abstract RefundLedger newLedger();

  /** A record of order {@code order} for {@code amount} USD. */
  protected static RefundRecord record(String key, long version, String order, String amount, String reference) {
    return new RefundRecord(key, version, OrderId.of(order), Money.of(amount, "USD"), false, reference);
  }

  @Test
  @DisplayName("an unknown key reads as empty, and an order with no refunds lists none")
  void unknown() {
    RefundLedger l = newLedger();
    assertThat(l.find("nope")).isEmpty();
    assertThat(l.byOrder(OrderId.of("1001"))).isEmpty();
  }

  @Test
  @DisplayName("an intent saves at expected version 0 only once; paying needs the stored version; reads are whole")
  void conditional() {
    RefundLedger l = newLedger();
    assertThat(l.save(record("rma-R1", 1, "1001", "60.00", ""), 0)).isTrue();
    assertThat(l.save(record("rma-R1", 1, "1001", "40.00", ""), 0)).isFalse();
    assertThat(l.save(record("rma-R1", 2, "1001", "60.00", "P9"), 3)).isFalse();
    assertThat(l.save(record("rma-R1", 2, "1001", "60.00", "P1"), 1)).isTrue();
    assertThat(l.find("rma-R1")).contains(record("rma-R1", 2, "1001", "60.00", "P1"));
    assertThat(l.find("rma-R1").orElseThrow().paid()).isTrue();
  }

  @Test
  @DisplayName("byOrder lists exactly an order's records, by key")
  void byOrder() {
    RefundLedger l = newLedger();
    l.save(record("rma-R2", 1, "1001", "5.00", ""), 0);
    l.save(record("rma-R1", 1, "1001", "60.00", "P1"), 0);
    l.save(record("rma-R3", 1, "1002", "7.00", ""), 0);
    assertThat(l.byOrder(OrderId.of("1001"))).extracting(RefundRecord::key).containsExactly("rma-R1", "rma-R2");
    assertThat(l.byOrder(OrderId.of("1002"))).singleElement().isEqualTo(record("rma-R3", 1, "1002", "7.00", ""));
  }

  @Test
  @DisplayName("of 8 threads recording one key's intent at once exactly one wins, and its amount is what reads back")
  void concurrency() throws Exception {
    RefundLedger l = newLedger();
    List<Boolean> won = Concurrently.run(8, t -> l.save(record("rma-R1", 1, "1001", (t + 1) + ".00", ""), 0));
    assertThat(won.stream().filter(w -> w).count()).isEqualTo(1);
    RefundRecord stored = l.find("rma-R1").orElseThrow();
    // results come in completion order: each thread answers with its reference when it won
    List<String> paid = Concurrently.run(8, t -> l.save(stored.paidAs("P" + t), 1) ? "P" + t : "");
    assertThat(paid.stream().filter(p -> !p.isEmpty())).hasSize(1);
    assertThat(l.find("rma-R1").orElseThrow().amount()).isEqualTo(stored.amount());
    assertThat(l.find("rma-R1").orElseThrow().reference()).isEqualTo(String.join("", paid));
  }
}
