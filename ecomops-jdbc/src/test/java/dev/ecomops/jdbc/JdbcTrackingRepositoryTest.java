package dev.ecomops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecomops.shipping.spi.Notifier.Kind;
import dev.ecomops.shipping.spi.TrackingRepository;
import dev.ecomops.shipping.spi.TrackingStatus;
import dev.ecomops.testkit.shipping.TrackingRepositoryContract;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdbcTrackingRepository on PostgreSQL: the TrackingRepository contract")
class JdbcTrackingRepositoryTest extends TrackingRepositoryContract {
  private String schema;

  @Override
  protected TrackingRepository newRepository() {
    schema = Pg.freshSchema();
    return JdbcTrackingRepository.create(Pg.dataSource(), schema);
  }

  @Test
  @DisplayName("what one instance saved, a new instance on the same schema finds, equal (a restart loses nothing)")
  void survivesRestart() {
    TrackingRepository first = newRepository();
    var p = parcel("1Z9", 1, 3, "2026-11-20", TrackingStatus.OUT_FOR_DELIVERY, Kind.CONFIRMED, Kind.SHIPPED);
    assertThat(first.save(p, 0)).isTrue();
    TrackingRepository second = JdbcTrackingRepository.create(Pg.dataSource(), schema);
    assertThat(second.find("1Z9")).contains(p);
    assertThat(second.awaitingDelayCheck(LocalDate.parse("2026-11-21"))).containsExactly(p);
  }
}
