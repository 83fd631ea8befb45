package dev.ecomops.forecasting.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecomops.core.Address;
import dev.ecomops.core.Money;
import dev.ecomops.core.Sku;
import dev.ecomops.core.ValidationException;
import dev.ecomops.core.allocation.AllocationPolicy;
import dev.ecomops.core.order.Channel;
import dev.ecomops.core.order.LineStatus;
import dev.ecomops.core.order.Order;
import dev.ecomops.core.order.OrderId;
import dev.ecomops.core.order.OrderLine;
import dev.ecomops.core.order.OrderLineState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Demand series")
class DemandSeriesTest {
  static final LocalDate MON = LocalDate.parse("2026-11-02"); // a Monday

  @Test
  @DisplayName("dated demand sums per period, and periods without demand are zero")
  void fromDaily_zeroFilled() {
    DemandSeries s = DemandSeries.fromDaily("TEE", Period.DAY, MON, MON.plusDays(4),
        Map.of(MON, 2.0, MON.plusDays(2), 3.0, MON.plusDays(10), 99.0));
    assertThat(s.values()).containsExactly(2, 0, 3, 0, 0);
    assertThat(s.seasonLength()).isEqualTo(7);
    DemandSeries weekly = DemandSeries.fromDaily("TEE", Period.WEEK, MON, MON.plusDays(13),
        Map.of(MON, 2.0, MON.plusDays(6), 1.0, MON.plusDays(7), 5.0));
    assertThat(weekly.values()).containsExactly(3, 5);
  }

  static Order order(String id, String placedAt, Sku sku, long quantity, LineStatus status) {
    return Order.builder().id(OrderId.of(id)).channel(Channel.WEB).customerId("c1")
        .shipTo(Address.builder().line1("1 Main St").city("Springfield").postalCode("12345").country("US").build())
        .service("standard").placedAt(Instant.parse(placedAt)).policy(AllocationPolicy.defaults()).version(1)
        .addLines(new OrderLineState(OrderLine.builder().lineId("1").sku(sku).quantity(quantity)
            .unitPrice(Money.of("10.00", "USD")).build(), status, 0, status == LineStatus.CANCELLED ? quantity : 0,
            List.of()))
        .build();
  }

  @Test
  @DisplayName("from orders: one SKU's ordered quantities per day of placing in the business's zone, cancelled lines included")
  void fromOrders() {
    Sku tee = Sku.of("TEE");
    List<Order> orders = List.of(order("1", "2026-11-02T10:00:00Z", tee, 2, LineStatus.PLACED),
        // 23:30 UTC on the 2nd is already the 3rd in Berlin
        order("2", "2026-11-02T23:30:00Z", tee, 3, LineStatus.SHIPPED),
        order("3", "2026-11-03T08:00:00Z", tee, 1, LineStatus.CANCELLED),
        order("4", "2026-11-03T08:00:00Z", Sku.of("MUG"), 7, LineStatus.PLACED));
    DemandSeries s = DemandSeries.fromOrders(tee, Period.DAY, MON, MON.plusDays(2), ZoneId.of("Europe/Berlin"), orders);
    assertThat(s.id()).isEqualTo("TEE");
    assertThat(s.values()).containsExactly(2, 4, 0);
  }

  @Test
  @DisplayName("days aggregate to weeks starting Monday and to calendar months; censoring carries over")
  void aggregate() {
    double[] days = new double[35];
    for (int i = 0; i < days.length; i++) {
      days[i] = i + 1;
    }
    // 2026-11-02 (Monday) to 2026-12-06: weeks of 7 days, November then 6 days of December
    DemandSeries d = DemandSeries.of("TEE", Period.DAY, MON, 7, days).withCensored(8);
    DemandSeries w = d.aggregate(Period.WEEK);
    assertThat(w.values()).containsExactly(28, 77, 126, 175, 224);
    assertThat(w.isCensored(1)).isTrue();
    assertThat(w.isCensored(0)).isFalse();
    DemandSeries m = d.aggregate(Period.MONTH);
    assertThat(m.start()).isEqualTo(LocalDate.parse("2026-11-01"));
    // November 2..30 are days 1..29, December 1..6 are 30..35
    assertThat(m.values()).containsExactly(435, 195);
    assertThat(m.seasonLength()).isEqualTo(12);
    assertThatThrownBy(() -> w.aggregate(Period.DAY)).isInstanceOf(ValidationException.class).hasMessageContaining("to");
  }

  @Test
  @DisplayName("censored periods are left out of what methods learn from")
  void censored() {
    DemandSeries s = DemandSeries.of("TEE", Period.WEEK, MON, 1, 5, 0, 6, 1).withCensored(1, 3);
    assertThat(s.uncensoredValues()).containsExactly(5, 6);
    assertThatThrownBy(() -> s.withCensored(9)).isInstanceOf(ValidationException.class).hasMessageContaining("periods");
  }

  @Test
  @DisplayName("negative, infinite or NaN demand, a blank id and a season below 1 are refused naming the field")
  void badInput() {
    assertThatThrownBy(() -> DemandSeries.of("TEE", Period.DAY, MON, 1, 1, -1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("values[1]");
    assertThatThrownBy(() -> DemandSeries.of("TEE", Period.DAY, MON, 1, Double.NaN)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> DemandSeries.of(" ", Period.DAY, MON, 1, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> DemandSeries.of("TEE", Period.DAY, MON, 0, 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("seasonLength");
  }

  @Test
  @DisplayName("Tukey's fences and the Hampel identifier flag the spike and nothing else")
  void outliers() {
    double[] y = {10, 11, 9, 10, 12, 80, 10, 11, 9, 10};
    assertThat(Outliers.iqr(y, 1.5)).containsExactly(false, false, false, false, false, true, false, false, false, false);
    assertThat(Outliers.hampel(y, 3, 3)).containsExactly(false, false, false, false, false, true, false, false, false,
        false);
    assertThatThrownBy(() -> Outliers.hampel(y, 0, 3)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("halfWindow");
  }

  @Test
  @DisplayName("Syntetos-Boylan classes by ADI 1.32 and CV² 0.49")
  void classes() {
    assertThat(DemandClass.of(new double[] {10, 11, 9, 10})).isEqualTo(DemandClass.SMOOTH);
    assertThat(DemandClass.of(new double[] {1, 20, 2, 30})).isEqualTo(DemandClass.ERRATIC);
    // ADI = 6 / 2 = 3, sizes equal: CV² 0
    assertThat(DemandClass.of(new double[] {0, 0, 5, 0, 0, 5})).isEqualTo(DemandClass.INTERMITTENT);
    // sizes 1 and 20: mean 10.5, variance 90.25, CV² 0.82
    assertThat(DemandClass.of(new double[] {0, 0, 1, 0, 0, 20})).isEqualTo(DemandClass.LUMPY);
    assertThat(DemandClass.of(new double[] {0, 0})).isEqualTo(DemandClass.NONE);
  }
}
