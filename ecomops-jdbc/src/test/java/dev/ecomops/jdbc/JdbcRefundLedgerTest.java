package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.core.order.OrderId;
import dev.ecomops.returns.spi.RefundLedger;
import dev.ecomops.testkit.returns.RefundLedgerContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcRefundLedger on PostgreSQL: the RefundLedger contract")
class JdbcRefundLedgerTest extends RefundLedgerContract {
  private String schema;

  @Override
  protected RefundLedger newLedger() {
    schema = Pg.freshSchema();
    return JdbcRefundLedger.create(Pg.dataSource(), schema);
  }

  @Test
  @DisplayName("what one instance saved, a new instance on the same schema finds, equal (a restart loses nothing)")
  void survivesRestart() {
    RefundLedger first = newLedger();
    var r = record("rma-R5", 1, "1001", "12.34", "");
    assertThat(first.save(r, 0)).isTrue();
    RefundLedger second = JdbcRefundLedger.create(Pg.dataSource(), schema);
    assertThat(second.find("rma-R5")).contains(r);
    assertThat(second.byOrder(OrderId.of("1001"))).containsExactly(r);
  }
}
